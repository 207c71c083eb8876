//! The parents' own monthly money overview: what comes in, the fixed costs, what a baby adds,
//! and what is left. Whole euros a month, entered by the parents and kept in the case (so it is
//! as encrypted as the rest of it); nothing of it leaves the device.

use serde::{Deserialize, Serialize};

/// Largest amount one line may hold, in euros a month: far above any household's, so a slip of
/// the finger is refused rather than believed.
pub const MAX_AMOUNT: u32 = 1_000_000;

/// The three parts of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Income,
    Fixed,
    Baby,
}

impl Group {
    pub const ALL: [Group; 3] = [Self::Income, Self::Fixed, Self::Baby];
    pub fn key(self) -> &'static str {
        match self {
            Self::Income => "income",
            Self::Fixed => "fixed",
            Self::Baby => "baby",
        }
    }
    pub fn items(self) -> impl Iterator<Item = Item> {
        Item::ALL.into_iter().filter(move |i| i.group() == self)
    }
}

/// One line of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Item {
    /// Pay from work, both parents together, after tax.
    Work,
    /// Leave pay and benefits (child benefit, allowances).
    Benefits,
    OtherIncome,
    /// Rent or mortgage.
    Housing,
    /// Gas, electricity and water.
    Energy,
    /// Health and other insurance.
    Insurance,
    /// Phone, internet and subscriptions.
    Subscriptions,
    Transport,
    /// Paying off debts.
    Repayments,
    OtherFixed,
    /// Nappies, food and care for the baby.
    BabyCare,
    Childcare,
    /// Clothes, a pram, a cot: spread over the months.
    BabyThings,
}

impl Item {
    pub const ALL: [Item; 13] = [
        Self::Work,
        Self::Benefits,
        Self::OtherIncome,
        Self::Housing,
        Self::Energy,
        Self::Insurance,
        Self::Subscriptions,
        Self::Transport,
        Self::Repayments,
        Self::OtherFixed,
        Self::BabyCare,
        Self::Childcare,
        Self::BabyThings,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Self::Work => "work",
            Self::Benefits => "benefits",
            Self::OtherIncome => "otherIncome",
            Self::Housing => "housing",
            Self::Energy => "energy",
            Self::Insurance => "insurance",
            Self::Subscriptions => "subscriptions",
            Self::Transport => "transport",
            Self::Repayments => "repayments",
            Self::OtherFixed => "otherFixed",
            Self::BabyCare => "babyCare",
            Self::Childcare => "childcare",
            Self::BabyThings => "babyThings",
        }
    }
    pub fn group(self) -> Group {
        match self {
            Self::Work | Self::Benefits | Self::OtherIncome => Group::Income,
            Self::BabyCare | Self::Childcare | Self::BabyThings => Group::Baby,
            _ => Group::Fixed,
        }
    }
}

/// One amount the parents entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Line {
    pub item: Item,
    /// Whole euros a month.
    pub amount: u32,
}

/// The overview (new in case version 8); empty until the parents enter something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Money {
    #[serde(default)]
    pub lines: Vec<Line>,
}

/// The sums of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub income: u64,
    pub fixed: u64,
    pub baby: u64,
}

impl Totals {
    /// The sum of one part.
    pub fn of(self, group: Group) -> u64 {
        match group {
            Group::Income => self.income,
            Group::Fixed => self.fixed,
            Group::Baby => self.baby,
        }
    }

    /// What is left each month for groceries, savings and the unexpected (negative: short).
    pub fn left(self) -> i64 {
        self.income as i64 - self.fixed as i64 - self.baby as i64
    }
}

/// How the month comes out, as the screen says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlook {
    /// Nothing entered yet.
    Empty,
    /// More goes out than comes in.
    Short {
        by: u64,
    },
    /// Something is left, but less than a tenth of what comes in: little room for groceries and
    /// the unexpected.
    Tight {
        left: u64,
    },
    Room {
        left: u64,
    },
}

impl Outlook {
    /// The outlook's name in message ids (`money-room`, `money-tight`, `money-short`) and the
    /// amount the message speaks of; `None` while nothing is entered.
    pub fn said(self) -> Option<(&'static str, u64)> {
        match self {
            Outlook::Empty => None,
            Outlook::Room { left } => Some(("room", left)),
            Outlook::Tight { left } => Some(("tight", left)),
            Outlook::Short { by } => Some(("short", by)),
        }
    }
}

impl Money {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn amount(&self, item: Item) -> Option<u32> {
        self.lines.iter().find(|l| l.item == item).map(|l| l.amount)
    }

    /// Sets a line's amount; `None` (or an emptied field) removes it.
    pub fn set(&mut self, item: Item, amount: Option<u32>) {
        match (self.lines.iter().position(|l| l.item == item), amount) {
            (Some(i), Some(amount)) => self.lines[i].amount = amount,
            (Some(i), None) => {
                self.lines.remove(i);
            }
            (None, Some(amount)) => self.lines.push(Line { item, amount }),
            (None, None) => {}
        }
    }

    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for l in &self.lines {
            let sum = match l.item.group() {
                Group::Income => &mut t.income,
                Group::Fixed => &mut t.fixed,
                Group::Baby => &mut t.baby,
            };
            *sum += u64::from(l.amount);
        }
        t
    }

    pub fn outlook(&self) -> Outlook {
        if self.is_empty() {
            return Outlook::Empty;
        }
        let t = self.totals();
        let left = t.left();
        if left < 0 {
            Outlook::Short { by: left.unsigned_abs() }
        } else if (left as u64) * 10 < t.income {
            Outlook::Tight { left: left as u64 }
        } else {
            Outlook::Room { left: left as u64 }
        }
    }

    /// Whether the organisation's local money help is offered with the overview.
    pub fn offers_help(&self) -> bool {
        matches!(self.outlook(), Outlook::Short { .. } | Outlook::Tight { .. })
    }
}

/// Why a money change or file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("an amount is at most {MAX_AMOUNT} euros a month")]
    TooLarge,
    #[error("a money line appears twice")]
    Twice,
}

/// Checks an overview read from a file: every line once, every amount within [`MAX_AMOUNT`].
pub fn check(money: &Money) -> Result<(), MoneyError> {
    for (i, l) in money.lines.iter().enumerate() {
        if l.amount > MAX_AMOUNT {
            return Err(MoneyError::TooLarge);
        }
        if money.lines[..i].iter().any(|x| x.item == l.item) {
            return Err(MoneyError::Twice);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(lines: &[(Item, u32)]) -> Money {
        Money { lines: lines.iter().map(|&(item, amount)| Line { item, amount }).collect() }
    }

    #[test]
    fn every_item_has_one_group_and_distinct_key() {
        let n: usize = Group::ALL.iter().map(|g| g.items().count()).sum();
        assert_eq!(n, Item::ALL.len());
        for (i, a) in Item::ALL.iter().enumerate() {
            assert!(Item::ALL[i + 1..].iter().all(|b| a.key() != b.key()));
        }
    }

    #[test]
    fn set_adds_changes_and_removes_one_line_per_item() {
        let mut m = Money::default();
        m.set(Item::Work, Some(2000));
        m.set(Item::Work, Some(2100));
        m.set(Item::Housing, Some(900));
        assert_eq!(m.lines.len(), 2);
        assert_eq!(m.amount(Item::Work), Some(2100));
        m.set(Item::Housing, None);
        m.set(Item::Energy, None);
        assert_eq!(m, money(&[(Item::Work, 2100)]));
    }

    #[test]
    fn the_shortfall_rule() {
        use Item::*;
        type Row<'a> = (&'a [(Item, u32)], Totals, i64, Outlook);
        // (lines, sums, left, outlook)
        let table: &[Row] = &[
            (&[], Totals::default(), 0, Outlook::Empty),
            (
                &[(Work, 2400), (Benefits, 100), (Housing, 950), (Energy, 180), (BabyCare, 150), (Childcare, 400)],
                Totals { income: 2500, fixed: 1130, baby: 550 },
                820,
                Outlook::Room { left: 820 },
            ),
            // A tenth of income left is still room; one euro less is tight.
            (
                &[(Work, 2000), (Housing, 1800)],
                Totals { income: 2000, fixed: 1800, baby: 0 },
                200,
                Outlook::Room { left: 200 },
            ),
            (
                &[(Work, 2000), (Housing, 1801)],
                Totals { income: 2000, fixed: 1801, baby: 0 },
                199,
                Outlook::Tight { left: 199 },
            ),
            // Exactly even is tight, not short.
            (
                &[(Work, 1500), (Housing, 1000), (BabyCare, 500)],
                Totals { income: 1500, fixed: 1000, baby: 500 },
                0,
                Outlook::Tight { left: 0 },
            ),
            (
                &[(Work, 1500), (Repayments, 300), (Housing, 1000), (BabyThings, 250)],
                Totals { income: 1500, fixed: 1300, baby: 250 },
                -50,
                Outlook::Short { by: 50 },
            ),
            // Costs with no income entered yet: short by all of them.
            (&[(Childcare, 600)], Totals { income: 0, fixed: 0, baby: 600 }, -600, Outlook::Short { by: 600 }),
            // Only income: all of it left.
            (&[(OtherIncome, 300)], Totals { income: 300, fixed: 0, baby: 0 }, 300, Outlook::Room { left: 300 }),
            // The largest amounts do not overflow.
            (
                &[(Housing, MAX_AMOUNT), (Energy, MAX_AMOUNT)],
                Totals { income: 0, fixed: 2 * MAX_AMOUNT as u64, baby: 0 },
                -2 * MAX_AMOUNT as i64,
                Outlook::Short { by: 2 * MAX_AMOUNT as u64 },
            ),
        ];
        for (lines, totals, left, outlook) in table {
            let m = money(lines);
            assert_eq!(m.totals(), *totals, "{lines:?}");
            assert_eq!(m.totals().left(), *left, "{lines:?}");
            assert_eq!(m.outlook(), *outlook, "{lines:?}");
            assert_eq!(m.offers_help(), matches!(outlook, Outlook::Short { .. } | Outlook::Tight { .. }));
        }
    }

    #[test]
    fn a_file_with_a_line_twice_or_too_large_is_refused() {
        assert_eq!(check(&money(&[(Item::Work, 1), (Item::Housing, 2)])), Ok(()));
        assert_eq!(check(&money(&[(Item::Work, 1), (Item::Work, 2)])), Err(MoneyError::Twice));
        assert_eq!(check(&money(&[(Item::Work, MAX_AMOUNT + 1)])), Err(MoneyError::TooLarge));
    }
}
