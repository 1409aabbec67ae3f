// ECharts, gauge-only: the tree-shaken build the ECharts handbook recommends (echarts/core +
// GaugeChart + SVGRenderer), bundled and minified by esbuild into echarts-gauge.js.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, SVGRenderer]);
window.echarts = echarts;
