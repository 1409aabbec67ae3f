//! Reading `plan-gauge/1` from a JSON tree that is already parsed: the browser's `JSON.parse`
//! result in the widget, a `serde_json::Value` in tests. The widget's module reads its files this
//! way instead of through serde's derived visitors, which are about a sixth of the module; the
//! tests hold every reader to the serde derives in `model.rs` (the format's one definition), on
//! the seed plans and on generated shapes.
//!
//! A [`Tree`] gives each node's [`Shape`] with objects as their *own* entries only (in the
//! browser, `Object.entries`), so a page that adds properties to `Object.prototype` cannot add
//! fields to a plan. The readers follow the derives: unknown fields are refused, absent optional
//! fields take their defaults, `null` is `None`, and a year must be a whole number in range.

use super::{Code, Problem};
use crate::model::*;
use std::collections::BTreeMap;

/// One node of a parsed JSON text, as its reader sees it.
pub enum Shape<T> {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<T>),
    /// The object's own entries, in the text's order.
    Object(Vec<(String, T)>),
}

/// A parsed JSON value whose nodes can be looked at one level at a time.
pub trait Tree: Sized {
    fn shape(self) -> Shape<Self>;
    /// True for `null` (and JavaScript's `undefined`).
    fn is_null(&self) -> bool;
}

/// Reads a plan file's tree. The error's path names the field, as `validate::parse_plan` does.
pub fn read_plan<T: Tree>(tree: T) -> Result<Plan, Problem> {
    let mut path = Path::default();
    let (mut plan, indicators) = plan(&mut path, tree)?;
    if let Some(items) = indicators {
        let len = path.enter(Step::Field("indicators"));
        plan.indicators = list(&mut path, items, indicator)?;
        path.leave(len);
    }
    Ok(plan)
}

/// Reads a plan's tree but its indicators, which come back as their trees, to be read with
/// [`read_indicator`] a few at a time: the widget reads a plan of thousands of indicators across
/// several tasks of the page instead of one long one.
pub fn read_plan_deferred<T: Tree>(tree: T) -> Result<(Plan, Vec<T>), Problem> {
    let mut path = Path::default();
    let (plan, indicators) = plan(&mut path, tree)?;
    let items = match indicators.map(Tree::shape) {
        None => Vec::new(),
        Some(Shape::Array(items)) => items,
        Some(_) => {
            path.enter(Step::Field("indicators"));
            return Err(path.wrong("array"));
        }
    };
    Ok((plan, items))
}

/// Reads the indicator at `index` of a plan's `indicators` (see [`read_plan_deferred`]).
pub fn read_indicator<T: Tree>(index: usize, tree: T) -> Result<Indicator, Problem> {
    let mut path = Path::default();
    path.enter(Step::Field("indicators"));
    path.enter(Step::Item(index));
    indicator(&mut path, tree)
}

/// Reads an observations file's tree.
pub fn read_observation_set<T: Tree>(tree: T) -> Result<ObservationSet, Problem> {
    observation_set(&mut Path::default(), tree)
}

/// Where the reader is: `indicators[3].targets[0]`.
#[derive(Default)]
struct Path(String);

impl Path {
    fn wrong(&self, expected: &str) -> Problem {
        Problem::error(self.0.clone(), Code::WrongShape).with("expected", expected)
    }

    /// Steps one field or item further in; returns where to [`Path::leave`] back to.
    fn enter(&mut self, step: Step) -> usize {
        let len = self.0.len();
        match step {
            Step::Field(name) => {
                if !self.0.is_empty() {
                    self.0.push('.');
                }
                self.0.push_str(name);
            }
            Step::Item(i) => {
                self.0.push('[');
                self.0.push_str(&i.to_string());
                self.0.push(']');
            }
        }
        len
    }

    fn leave(&mut self, len: usize) {
        self.0.truncate(len);
    }
}

/// A reader of one node. Plain function pointers, not closures, so that each reader exists once
/// in the module instead of once per call site.
type Read<T, R> = fn(&mut Path, T) -> Result<R, Problem>;

enum Step<'a> {
    Field(&'a str),
    Item(usize),
}

/// An object's entries, taken one by one by name; what is left at the end is unknown.
struct Fields<T> {
    entries: Vec<(String, Option<T>)>,
}

impl<T: Tree> Fields<T> {
    fn of(path: &Path, tree: T) -> Result<Fields<T>, Problem> {
        match tree.shape() {
            Shape::Object(entries) => Ok(Fields {
                entries: entries.into_iter().map(|(k, v)| (k, Some(v))).collect(),
            }),
            _ => Err(path.wrong("object")),
        }
    }

    fn take(&mut self, name: &str) -> Option<T> {
        self.entries
            .iter_mut()
            .find(|(k, v)| k == name && v.is_some())
            .and_then(|(_, v)| v.take())
    }

    /// A field that must be there.
    fn need<R>(&mut self, path: &mut Path, name: &str, read: Read<T, R>) -> Result<R, Problem> {
        self.field(path, name, read)?
            .ok_or_else(|| Problem::error(path.0.clone(), Code::MissingField).with("value", name))
    }

    /// A field that may be absent (then `R::default()`).
    fn opt<R: Default>(
        &mut self,
        path: &mut Path,
        name: &str,
        read: Read<T, R>,
    ) -> Result<R, Problem> {
        Ok(self.field(path, name, read)?.unwrap_or_default())
    }

    fn field<R>(
        &mut self,
        path: &mut Path,
        name: &str,
        read: Read<T, R>,
    ) -> Result<Option<R>, Problem> {
        let Some(v) = self.take(name) else {
            return Ok(None);
        };
        let len = path.enter(Step::Field(name));
        let r = read(path, v);
        path.leave(len);
        r.map(Some)
    }

    /// Refuses any field no reader took.
    fn end(self, path: &mut Path) -> Result<(), Problem> {
        match self.entries.into_iter().find(|(_, v)| v.is_some()) {
            Some((name, _)) => {
                Err(Problem::error(path.0.clone(), Code::UnknownField).with("value", name))
            }
            None => Ok(()),
        }
    }
}

fn string<T: Tree>(path: &mut Path, t: T) -> Result<String, Problem> {
    match t.shape() {
        Shape::String(s) => Ok(s),
        _ => Err(path.wrong("string")),
    }
}

fn number<T: Tree>(path: &mut Path, t: T) -> Result<f64, Problem> {
    match t.shape() {
        Shape::Number(n) => Ok(n),
        _ => Err(path.wrong("number")),
    }
}

fn boolean<T: Tree>(path: &mut Path, t: T) -> Result<bool, Problem> {
    match t.shape() {
        Shape::Bool(b) => Ok(b),
        _ => Err(path.wrong("boolean")),
    }
}

/// A whole number within `lo..=hi` (JSON has one number type; serde's integers refuse fractions).
fn whole<T: Tree>(path: &mut Path, t: T, lo: f64, hi: f64) -> Result<f64, Problem> {
    match t.shape() {
        Shape::Number(n) if n.fract() == 0.0 && (lo..=hi).contains(&n) => Ok(n),
        _ => Err(path.wrong("integer")),
    }
}

fn int<T: Tree>(path: &mut Path, t: T) -> Result<i32, Problem> {
    whole(path, t, f64::from(i32::MIN), f64::from(i32::MAX)).map(|n| n as i32)
}

/// `null` or absent is `None`.
fn nullable<T: Tree, R>(path: &mut Path, t: T, read: Read<T, R>) -> Result<Option<R>, Problem> {
    if t.is_null() {
        Ok(None)
    } else {
        read(path, t).map(Some)
    }
}

fn list<T: Tree, R>(path: &mut Path, t: T, read: Read<T, R>) -> Result<Vec<R>, Problem> {
    let Shape::Array(items) = t.shape() else {
        return Err(path.wrong("array"));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let len = path.enter(Step::Item(i));
        let r = read(path, item);
        path.leave(len);
        out.push(r?);
    }
    Ok(out)
}

fn map<T: Tree, R>(
    path: &mut Path,
    t: T,
    read: Read<T, R>,
) -> Result<BTreeMap<String, R>, Problem> {
    let Shape::Object(entries) = t.shape() else {
        return Err(path.wrong("object"));
    };
    let mut out = BTreeMap::new();
    for (k, v) in entries {
        let len = path.enter(Step::Field(&k));
        let r = read(path, v);
        path.leave(len);
        out.insert(k, r?);
    }
    Ok(out)
}

fn strings<T: Tree>(path: &mut Path, t: T) -> Result<Vec<String>, Problem> {
    list(path, t, string)
}

fn names<T: Tree>(path: &mut Path, t: T) -> Result<BTreeMap<String, String>, Problem> {
    map(path, t, string)
}

fn opt_string<T: Tree>(path: &mut Path, t: T) -> Result<Option<String>, Problem> {
    nullable(path, t, string)
}

fn opt_number<T: Tree>(path: &mut Path, t: T) -> Result<Option<f64>, Problem> {
    nullable(path, t, number)
}

/// One of `names` (the serde names of a C-like enum), as its index.
fn one_of<T: Tree>(path: &mut Path, t: T, names: &[&str]) -> Result<usize, Problem> {
    let s = string(path, t)?;
    names.iter().position(|n| *n == s).ok_or_else(|| {
        Problem::error(path.0.clone(), Code::UnknownValue)
            .with("value", s)
            .with("allowed", names.join(", "))
    })
}

/// Reads a C-like enum by its names, `ALL` in the same order.
fn pick<T: Tree, E: Copy>(path: &mut Path, t: T, all: &[(&str, E)]) -> Result<E, Problem> {
    let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
    one_of(path, t, &names).map(|i| all[i].1)
}

const DIRECTIONS: [(&str, Direction); 2] =
    [("higher", Direction::Higher), ("lower", Direction::Lower)];
const SERIES: [(&str, Series); 5] = [
    ("level", Series::Level),
    ("flow", Series::Flow),
    ("running_total", Series::RunningTotal),
    ("rate", Series::Rate),
    ("stage", Series::Stage),
];
const METHODS: [(&str, MethodName); 2] =
    [("pace", MethodName::Pace), ("opensdg", MethodName::Opensdg)];
const COMPARATORS: [(&str, Comparator); 6] = [
    (">=", Comparator::Ge),
    (">", Comparator::Gt),
    ("<=", Comparator::Le),
    ("<", Comparator::Lt),
    ("≈", Comparator::Approx),
    ("range", Comparator::Range),
];

/// One of `all`, by the name `name` gives it (the model's own `as_str`).
fn named<T: Tree, E: Copy>(
    path: &mut Path,
    t: T,
    all: &[E],
    name: fn(E) -> &'static str,
) -> Result<E, Problem> {
    let names: Vec<&str> = all.iter().map(|e| name(*e)).collect();
    one_of(path, t, &names).map(|i| all[i])
}

fn status<T: Tree>(path: &mut Path, t: T) -> Result<ObsStatus, Problem> {
    named(path, t, &ObsStatus::ALL, ObsStatus::as_str)
}

fn bound<T: Tree>(path: &mut Path, t: T) -> Result<Bound, Problem> {
    named(path, t, &Bound::ALL, Bound::as_str)
}

fn kind<T: Tree>(path: &mut Path, t: T) -> Result<Kind, Problem> {
    named(path, t, &Kind::ALL, Kind::as_str)
}

fn method<T: Tree>(path: &mut Path, t: T) -> Result<Option<MethodName>, Problem> {
    nullable(path, t, |p, t| pick(p, t, &METHODS))
}

/// Every field of a plan but its indicators, whose tree is handed back (`None` when absent).
fn plan<T: Tree>(path: &mut Path, t: T) -> Result<(Plan, Option<T>), Problem> {
    let mut f = Fields::of(path, t)?;
    let indicators = f.take("indicators");
    let plan = Plan {
        format: f.need(path, "format", string)?,
        id: f.need(path, "id", string)?,
        title: f.need(path, "title", string)?,
        i18n: f.opt(path, "i18n", names)?,
        issuer: f.need(path, "issuer", string)?,
        issued: f.opt(path, "issued", opt_string)?,
        doc_number: f.opt(path, "doc_number", opt_string)?,
        period: f.need(path, "period", period)?,
        locale: f.need(path, "locale", string)?,
        source_url: f.opt(path, "source_url", opt_string)?,
        method: f.opt(path, "method", method)?,
        sections: f.opt(path, "sections", |p, t| list(p, t, section))?,
        tasks: f.opt(path, "tasks", |p, t| list(p, t, task))?,
        indicators: Vec::new(),
        agencies: f.opt(path, "agencies", |p, t| map(p, t, names))?,
        notes: f.opt(path, "notes", |p, t| list(p, t, editor_note))?,
    };
    f.end(path)?;
    Ok((plan, indicators))
}

fn period<T: Tree>(path: &mut Path, t: T) -> Result<PlanPeriod, Problem> {
    let mut f = Fields::of(path, t)?;
    let period = PlanPeriod {
        start: f.need(path, "start", int)?,
        end: f.need(path, "end", int)?,
    };
    f.end(path)?;
    Ok(period)
}

fn section<T: Tree>(path: &mut Path, t: T) -> Result<Section, Problem> {
    let mut f = Fields::of(path, t)?;
    let section = Section {
        id: f.need(path, "id", string)?,
        label: f.need(path, "label", string)?,
        title: f.need(path, "title", string)?,
        i18n: f.opt(path, "i18n", names)?,
        children: f.opt(path, "children", |p, t| list(p, t, section))?,
    };
    f.end(path)?;
    Ok(section)
}

fn task<T: Tree>(path: &mut Path, t: T) -> Result<Task, Problem> {
    let mut f = Fields::of(path, t)?;
    let task = Task {
        id: f.need(path, "id", string)?,
        section: f.need(path, "section", string)?,
        title: f.need(path, "title", string)?,
        lead: f.opt(path, "lead", strings)?,
        partners: f.opt(path, "partners", strings)?,
    };
    f.end(path)?;
    Ok(task)
}

fn indicator<T: Tree>(path: &mut Path, t: T) -> Result<Indicator, Problem> {
    let mut f = Fields::of(path, t)?;
    let indicator = Indicator {
        id: f.need(path, "id", string)?,
        name: f.need(path, "name", string)?,
        i18n: f.opt(path, "i18n", names)?,
        unit: f.opt(path, "unit", string)?,
        decimals: f.opt(path, "decimals", |p, t| {
            nullable(p, t, |p, t| whole(p, t, 0.0, 255.0).map(|n| n as u8))
        })?,
        direction: f.opt(path, "direction", |p, t| pick(p, t, &DIRECTIONS))?,
        kind: f.need(path, "kind", kind)?,
        series: f.opt(path, "series", |p, t| {
            nullable(p, t, |p, t| pick(p, t, &SERIES))
        })?,
        section: f.opt(path, "section", opt_string)?,
        headline: f.opt(path, "headline", boolean)?,
        method: f.opt(path, "method", method)?,
        targets: f.opt(path, "targets", |p, t| list(p, t, target))?,
        note: f.opt(path, "note", opt_string)?,
    };
    f.end(path)?;
    Ok(indicator)
}

fn target<T: Tree>(path: &mut Path, t: T) -> Result<Target, Problem> {
    let mut f = Fields::of(path, t)?;
    let target = Target {
        milestones: f.need(path, "milestones", |p, t| list(p, t, milestone))?,
        from_year: f.opt(path, "from_year", |p, t| nullable(p, t, int))?,
        baseline: f.opt(path, "baseline", |p, t| nullable(p, t, baseline))?,
        lead: f.opt(path, "lead", strings)?,
        partners: f.opt(path, "partners", strings)?,
        citation: f.need(path, "citation", citation)?,
        conflict: f.opt(path, "conflict", opt_string)?,
    };
    f.end(path)?;
    Ok(target)
}

fn milestone<T: Tree>(path: &mut Path, t: T) -> Result<Milestone, Problem> {
    let mut f = Fields::of(path, t)?;
    let milestone = Milestone {
        year: f.need(path, "year", int)?,
        value: f.opt(path, "value", opt_number)?,
        upper: f.opt(path, "upper", opt_number)?,
        cmp: f.opt(path, "cmp", |p, t| pick(p, t, &COMPARATORS))?,
        aspirational: f.opt(path, "aspirational", boolean)?,
    };
    f.end(path)?;
    Ok(milestone)
}

fn baseline<T: Tree>(path: &mut Path, t: T) -> Result<Baseline, Problem> {
    let mut f = Fields::of(path, t)?;
    let baseline = Baseline {
        year: f.need(path, "year", int)?,
        value: f.opt(path, "value", opt_number)?,
        source: f.opt(path, "source", opt_string)?,
    };
    f.end(path)?;
    Ok(baseline)
}

fn citation<T: Tree>(path: &mut Path, t: T) -> Result<Citation, Problem> {
    let mut f = Fields::of(path, t)?;
    let citation = Citation {
        quote: f.need(path, "quote", string)?,
        section: f.need(path, "section", string)?,
    };
    f.end(path)?;
    Ok(citation)
}

fn editor_note<T: Tree>(path: &mut Path, t: T) -> Result<EditorNote, Problem> {
    let mut f = Fields::of(path, t)?;
    let note = EditorNote {
        kind: f.need(path, "kind", string)?,
        text: f.need(path, "text", string)?,
        indicators: f.opt(path, "indicators", strings)?,
    };
    f.end(path)?;
    Ok(note)
}

fn observation_set<T: Tree>(path: &mut Path, t: T) -> Result<ObservationSet, Problem> {
    let mut f = Fields::of(path, t)?;
    let set = ObservationSet {
        format: f.need(path, "format", string)?,
        plan: f.need(path, "plan", string)?,
        sample: f.opt(path, "sample", boolean)?,
        note: f.opt(path, "note", opt_string)?,
        observations: f.need(path, "observations", |p, t| list(p, t, observation))?,
    };
    f.end(path)?;
    Ok(set)
}

fn observation<T: Tree>(path: &mut Path, t: T) -> Result<Observation, Problem> {
    let mut f = Fields::of(path, t)?;
    let observation = Observation {
        indicator: f.need(path, "indicator", string)?,
        period: f.need(path, "period", string)?,
        value: f.opt(path, "value", opt_number)?,
        status: f.opt(path, "status", status)?,
        note: f.opt(path, "note", opt_string)?,
        source: f.opt(path, "source", string)?,
        published: f.opt(path, "published", string)?,
        bound: f.opt(path, "bound", |p, t| nullable(p, t, bound))?,
        url: f.opt(path, "url", opt_string)?,
        title: f.opt(path, "title", opt_string)?,
        quote: f.opt(path, "quote", opt_string)?,
    };
    f.end(path)?;
    Ok(observation)
}

/// serde_json's tree, for the native tests that hold these readers to the serde derives.
impl Tree for serde_json::Value {
    fn shape(self) -> Shape<Self> {
        use serde_json::Value;
        match self {
            Value::Null => Shape::Null,
            Value::Bool(b) => Shape::Bool(b),
            Value::Number(n) => n.as_f64().map_or(Shape::Null, Shape::Number),
            Value::String(s) => Shape::String(s),
            Value::Array(items) => Shape::Array(items),
            Value::Object(entries) => Shape::Object(entries.into_iter().collect()),
        }
    }

    fn is_null(&self) -> bool {
        self.is_null()
    }
}
