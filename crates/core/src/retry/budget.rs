//! A client-wide retry budget: when most attempts fail, retries stop multiplying the load on a
//! struggling server.
//!
//! The AWS SDKs' "standard" retry mode, in the same numbers: a bucket of 500 tokens shared by
//! every request of a client (and its clones); a retry takes 5 tokens (10 after a timeout,
//! which costs the server more); a retry that succeeds gives its tokens back, and a first
//! attempt that succeeds adds 1. First attempts never wait on the bucket and never fail for
//! lack of tokens: only retries are shed. With the default 3 attempts, a healthy client keeps
//! a full bucket; a server failing every request gets at most 100 retries in a row from it
//! before retries stop, and they resume as successes refill it.

use std::sync::Mutex;

/// How big the retry budget is and what a retry costs. See the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryBudget {
    /// Tokens in a full bucket (`0` turns the budget off: retries are never shed).
    pub capacity: u32,
    /// Tokens a retry after an error status or a transport failure takes.
    pub retry_cost: u32,
    /// Tokens a retry after a timeout takes.
    pub timeout_cost: u32,
    /// Tokens a successful first attempt gives back.
    pub success_refill: u32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget {
            capacity: 500,
            retry_cost: 5,
            timeout_cost: 10,
            success_refill: 1,
        }
    }
}

impl RetryBudget {
    /// No budget: every retry the policy allows is made.
    pub fn unlimited() -> Self {
        RetryBudget {
            capacity: 0,
            ..RetryBudget::default()
        }
    }

    /// A bucket of `capacity` tokens with the default costs.
    pub fn with_capacity(capacity: u32) -> Self {
        RetryBudget {
            capacity,
            ..RetryBudget::default()
        }
    }
}

/// The shared bucket.
#[derive(Debug)]
pub(crate) struct Bucket {
    budget: RetryBudget,
    tokens: Mutex<u32>,
}

impl Bucket {
    pub(crate) fn new(budget: RetryBudget) -> Self {
        Bucket {
            budget,
            tokens: Mutex::new(budget.capacity),
        }
    }

    /// Takes the tokens for one retry; `None` when the budget is spent. Returns the cost, to
    /// give back if the retry succeeds.
    pub(crate) fn take(&self, after_timeout: bool) -> Option<u32> {
        if self.budget.capacity == 0 {
            return Some(0);
        }
        let cost = if after_timeout {
            self.budget.timeout_cost
        } else {
            self.budget.retry_cost
        };
        let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        let left = tokens.checked_sub(cost)?;
        *tokens = left;
        Some(cost)
    }

    /// A call succeeded; `spent` is what its retries took from the bucket (0 for none).
    pub(crate) fn succeeded(&self, spent: u32) {
        if self.budget.capacity == 0 {
            return;
        }
        let refill = if spent > 0 {
            spent
        } else {
            self.budget.success_refill
        };
        let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        *tokens = tokens.saturating_add(refill).min(self.budget.capacity);
    }

    #[cfg(test)]
    fn tokens(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_are_shed_when_most_attempts_fail() {
        let bucket = Bucket::new(RetryBudget::default());
        let mut retries = 0;
        while bucket.take(false).is_some() {
            retries += 1;
        }
        assert_eq!(retries, 100);
        assert_eq!(bucket.take(true), None);
        // Successes refill it, one token each, until a retry fits again.
        for _ in 0..4 {
            bucket.succeeded(0);
            assert_eq!(bucket.take(false), None);
        }
        bucket.succeeded(0);
        assert_eq!(bucket.take(false), Some(5));
    }

    #[test]
    fn a_successful_retry_gives_its_tokens_back() {
        let bucket = Bucket::new(RetryBudget::default());
        let cost = bucket.take(true).expect("tokens");
        assert_eq!((cost, bucket.tokens()), (10, 490));
        bucket.succeeded(cost);
        assert_eq!(bucket.tokens(), 500);
        bucket.succeeded(0);
        assert_eq!(bucket.tokens(), 500, "never above capacity");
    }

    #[test]
    fn unlimited_never_sheds() {
        let bucket = Bucket::new(RetryBudget::unlimited());
        for _ in 0..10_000 {
            assert_eq!(bucket.take(true), Some(0));
        }
    }
}
