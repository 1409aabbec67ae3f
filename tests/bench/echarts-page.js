// Draws one ECharts gauge per [data-gauge] element from the same plan and sample observations the
// plan-gauge elements use: the latest value as a share of the indicator's first target.
(function () {
  'use strict';
  var hosts = document.querySelectorAll('[data-gauge]');
  var first = hosts[0];
  Promise.all([
    fetch(first.getAttribute('data-src')).then(function (r) { return r.json(); }),
    fetch(first.getAttribute('data-observations')).then(function (r) { return r.json(); }),
  ]).then(function (data) {
    var plan = data[0];
    var obs = data[1].observations;
    hosts.forEach(function (el) {
      var id = el.getAttribute('data-gauge');
      var ind = plan.indicators.find(function (i) { return i.id === id; });
      var ms = ind.targets[0].milestones;
      var target = ms[ms.length - 1].value;
      var latest = obs.filter(function (o) { return o.indicator === id && typeof o.value === 'number'; }).pop();
      var pct = latest && typeof target === 'number' && target !== 0 ? Math.round((latest.value / target) * 1000) / 10 : 0;
      echarts.init(el, null, { renderer: 'svg' }).setOption({
        animation: false,
        series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true }, detail: { formatter: '{value}%' }, data: [{ value: pct, name: ind.name }] }],
      });
    });
  });
})();
