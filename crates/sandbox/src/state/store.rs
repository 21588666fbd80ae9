//! One collection's state over its seeded items: what changed (kept exactly, never evicted),
//! what was removed, what was created, and a bounded cache of generated seeded items.
//!
//! Seeded item `i` is a pure function of (seed, provider, collection, `i`), so it need not be
//! kept: it is generated when asked for and may be forgotten again. A listing's scope is a
//! range of seeded indices (the items of one owner are contiguous, see
//! [`Layout`](super::meta::Layout)) minus the removed ones, then the created ones in creation
//! order: a page is cut from it by arithmetic.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;

use super::ids;

/// One collection's changes over its seeded items.
#[derive(Debug, Default)]
pub struct Collection {
    /// The index the next created item takes (the seeded ones are `0..size`).
    pub next: u64,
    /// Current values of changed seeded items and of every created item.
    pub changed: HashMap<u64, Arc<Value>>,
    /// Seeded indices out of their place: deleted, or moved to another owner (then in
    /// `extras`).
    pub removed: BTreeSet<u64>,
    /// Items listed after the seeded ones, in creation order: created items, and seeded ones
    /// that changed owner.
    pub extras: Vec<Extra>,
    /// Generated seeded items as JSON text (a third of their size as values, and what a page
    /// is made of), forgotten when the provider's cache is full.
    pub cache: HashMap<u64, Arc<str>>,
}

/// An item listed after the seeded ones.
#[derive(Debug, Clone)]
pub struct Extra {
    /// Its index.
    pub index: u64,
    /// The id of its owner, for items whose schema does not hold it (the URL named it).
    pub owner: Option<String>,
}

/// What a listing covers: a range of seeded items, then the extras that pass `under`.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The seeded indices (removed ones are skipped).
    pub seeded: Range<u64>,
    /// Which extras belong; `None`: all of them.
    pub under: Option<Under>,
}

/// The owner a scope is under, as extras are matched against it.
#[derive(Debug, Clone)]
pub struct Under {
    /// The item field naming the owner, when items have one.
    pub field: Option<String>,
    /// The owner's id, as text.
    pub key: String,
}

impl Collection {
    /// A collection of `size` seeded items, unchanged.
    pub fn new(size: u64) -> Collection {
        Collection {
            next: size,
            ..Collection::default()
        }
    }

    /// Whether the extra belongs to the scope.
    pub fn admits(&self, extra: &Extra, under: Option<&Under>) -> bool {
        let Some(under) = under else { return true };
        let field_value = under
            .field
            .as_ref()
            .and_then(|f| self.changed.get(&extra.index)?.get(f.as_str()).cloned());
        match field_value {
            Some(value) => ids::text(&value).as_deref() == Some(under.key.as_str()),
            None => extra.owner.as_deref() == Some(under.key.as_str()),
        }
    }

    /// The live seeded items of `range`: O(removed items in it).
    pub fn seeded_count(&self, range: &Range<u64>) -> u64 {
        let removed = self.removed.range(range.clone()).count() as u64;
        (range.end - range.start).saturating_sub(removed)
    }

    /// The indices of positions `start..end` of the scope: O(page + removed + extras).
    pub fn window(&self, scope: &Scope, start: u64, end: u64) -> Vec<u64> {
        let mut out = Vec::new();
        let range = &scope.seeded;
        let live = self.seeded_count(range);
        if start < live {
            // The `start`th live index: step over each removed one at or before it.
            let mut index = range.start + start;
            for removed in self.removed.range(range.clone()) {
                if *removed <= index {
                    index += 1;
                } else {
                    break;
                }
            }
            while out.len() as u64 + start < end.min(live) {
                if !self.removed.contains(&index) {
                    out.push(index);
                }
                index += 1;
            }
        }
        let skip = start.saturating_sub(live) as usize;
        let want = end.saturating_sub(start.max(live)) as usize;
        out.extend(
            self.extras
                .iter()
                .filter(|e| self.admits(e, scope.under.as_ref()))
                .skip(skip)
                .take(want)
                .map(|e| e.index),
        );
        out
    }

    /// How many items the scope has.
    pub fn count(&self, scope: &Scope) -> u64 {
        let extras = self
            .extras
            .iter()
            .filter(|e| self.admits(e, scope.under.as_ref()))
            .count() as u64;
        self.seeded_count(&scope.seeded) + extras
    }

    /// Whether item `index` is in the scope.
    pub fn contains(&self, scope: &Scope, index: u64) -> bool {
        if scope.seeded.contains(&index) && !self.removed.contains(&index) {
            return true;
        }
        self.extras
            .iter()
            .any(|e| e.index == index && self.admits(e, scope.under.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_skip_removed_items_and_end_with_extras() {
        let mut c = Collection::new(10);
        c.removed.extend([2, 3, 7]);
        c.extras.push(Extra {
            index: 10,
            owner: None,
        });
        let scope = Scope {
            seeded: 1..9,
            under: None,
        };
        // Live: 1 4 5 6 8, then 10.
        assert_eq!(c.count(&scope), 6);
        assert_eq!(c.window(&scope, 0, 3), vec![1, 4, 5]);
        assert_eq!(c.window(&scope, 3, 10), vec![6, 8, 10]);
        assert_eq!(c.window(&scope, 5, 6), vec![10]);
        assert!(c.window(&scope, 6, 9).is_empty());
        assert!(c.contains(&scope, 10) && !c.contains(&scope, 7) && !c.contains(&scope, 9));
    }
}
