//! Whether a value meets a milestone.

use crate::model::{Comparator, Direction};

/// How far short of a `≈` (左右) target a value may fall and still meet it: 5% of the target.
pub const APPROX_TOLERANCE: f64 = 0.05;

/// Relative slack for "equal" when comparing a value with a target: float rounding never turns
/// a met target into a missed one.
pub const RELATIVE_SLACK: f64 = 1e-9;

/// A comparator as the engine applies it: with `direction: lower`, `≥` and `>` read as `≤` and `<`.
pub fn effective(cmp: Comparator, dir: Direction) -> Comparator {
    match (dir, cmp) {
        (Direction::Lower, Comparator::Ge) => Comparator::Le,
        (Direction::Lower, Comparator::Gt) => Comparator::Lt,
        _ => cmp,
    }
}

/// True when `v` meets `target` under the effective comparator. `≈` is met from
/// [`APPROX_TOLERANCE`] short of the target onwards in the good direction; `range` is inclusive
/// (without an upper bound it is a floor). Equality allows a relative rounding slack of [`RELATIVE_SLACK`].
/// Non-finite inputs never meet anything.
pub fn meets(v: f64, target: f64, upper: Option<f64>, cmp: Comparator, dir: Direction) -> bool {
    if !v.is_finite() || !target.is_finite() {
        return false;
    }
    let eps = RELATIVE_SLACK * target.abs().max(1.0);
    match effective(cmp, dir) {
        Comparator::Ge => v >= target - eps,
        Comparator::Gt => v > target,
        Comparator::Le => v <= target + eps,
        Comparator::Lt => v < target,
        Comparator::Approx => {
            let slack = APPROX_TOLERANCE * target.abs() + eps;
            match dir {
                Direction::Higher => v >= target - slack,
                Direction::Lower => v <= target + slack,
            }
        }
        Comparator::Range => {
            let hi = upper.filter(|u| u.is_finite()).unwrap_or(f64::INFINITY);
            v >= target - eps && v <= hi + eps
        }
    }
}

/// +1 when the effective comparator asks for values to rise, -1 when to fall, `None` when only
/// the baseline can tell (`≈`, `range`).
pub fn improving_sign(cmp: Comparator, dir: Direction) -> Option<f64> {
    match effective(cmp, dir) {
        Comparator::Ge | Comparator::Gt => Some(1.0),
        Comparator::Le | Comparator::Lt => Some(-1.0),
        Comparator::Approx | Comparator::Range => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparators_follow_their_symbols() {
        let h = Direction::Higher;
        assert!(meets(685.0, 685.0, None, Comparator::Ge, h));
        assert!(!meets(684.0, 685.0, None, Comparator::Ge, h));
        assert!(!meets(685.0, 685.0, None, Comparator::Gt, h));
        assert!(meets(2.9, 3.0, None, Comparator::Le, h));
        assert!(!meets(3.0, 3.0, None, Comparator::Lt, h));
        assert!(meets(4.0, 3.0, Some(5.0), Comparator::Range, h));
        assert!(!meets(6.0, 3.0, Some(5.0), Comparator::Range, h));
        // ≈ 5: 4.75 is 5% short and counts, 4.7 does not; 9 (beyond, good direction) counts.
        assert!(meets(4.75, 5.0, None, Comparator::Approx, h));
        assert!(!meets(4.7, 5.0, None, Comparator::Approx, h));
        assert!(meets(9.0, 5.0, None, Comparator::Approx, h));
        assert!(!meets(f64::NAN, 5.0, None, Comparator::Ge, h));
    }

    #[test]
    fn lower_direction_reads_ge_as_le() {
        let l = Direction::Lower;
        assert!(meets(0.4, 0.5, None, Comparator::Ge, l));
        assert!(!meets(0.6, 0.5, None, Comparator::Ge, l));
        assert!(meets(5.2, 5.0, None, Comparator::Approx, l));
        assert!(!meets(5.3, 5.0, None, Comparator::Approx, l));
    }
}
