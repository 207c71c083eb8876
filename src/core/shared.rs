//! A part of the case that copies of the case share until one of them changes it.
//!
//! Every change to a case makes a new case (the app keeps the one before for the screen's diff),
//! and a case with fifty visits holds thousands of answers: copied whole, each tap paid for all of
//! them. Behind a [`Shared`] a copy costs a pointer, the one assessment a change touches is copied
//! on its first write (`Rc::make_mut`), and comparing two cases skips what they still share.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Shared<T> {
        Shared::new(value)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Shared<T>, D::Error> {
        T::deserialize(d).map(Shared::new)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_copy_shares_until_written_and_the_original_stays() {
        let a = Shared::new(vec![1, 2, 3]);
        let mut b = a.clone();
        assert!(std::ptr::eq(&*a, &*b));
        b.push(4);
        assert_eq!(*a, vec![1, 2, 3]);
        assert_eq!(*b, vec![1, 2, 3, 4]);
        assert!(a != b);
        assert_eq!(serde_json::to_string(&b).unwrap(), "[1,2,3,4]");
        assert_eq!(serde_json::from_str::<Shared<Vec<i32>>>("[1,2,3]").unwrap(), a);
    }
}
