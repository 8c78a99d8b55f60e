//! `wire_object!`: one declaration for a struct read from a JSON object (the API's answers,
//! `config.json`, the saved generator presets), and its decoder, in place of
//! `#[derive(Deserialize)]`.
//!
//! ```ignore
//! wire_object! {
//!     /// One row of `GET /user/api/orders`.
//!     #[derive(Clone, Debug, PartialEq)]
//!     pub struct OrderSummary {
//!         pub order_id: i64 = required,
//!         pub tag: Option<String>,
//!         pub status: Option<OrderStatus> = with OrderStatus::next_of_an_order,
//!     }
//! }
//! ```
//!
//! Each field is read from the key of its own name:
//! - present: decoded as its type (`null` is `None` for an `Option`, an error otherwise);
//! - absent: the type's `Default`, or, marked `= required`, an error naming the key;
//! - `= with f` reads the value with `f(&mut map)` (a `MapAccess` at the value) instead.
//!
//! Keys the struct does not name are skipped, and a key sent twice keeps its last value.
//! An array is not read as a struct (nor is it by the vendored serde_json, vendor/README.md).
//!
//! Why not the derive: its decoder is about three times larger for the same fields (an
//! enum of the field names, a duplicate check and an `Option` per field, and the array form
//! besides), and every model's decoder is in the download (docs/BENCHMARKS.md, the levers'
//! table: `OrderDetail`'s 9.3 kB of function bodies became 3.2 kB).

/// Declares a struct decoded from a JSON object; see the module's documentation.
macro_rules! wire_object {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty $(= $kind:ident $($with:path)?)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty, )+
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("an object ", stringify!($name)))
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $( let mut $field: Option<$ty> = None; )+
                        while let Some(key) = map.next_key::<$crate::models::wire_object::Key<'de>>()? {
                            match &*key.0 {
                                $( stringify!($field) => {
                                    $field = Some($crate::models::wire_object!(@read map, $ty $(, $kind $($with)?)?)?);
                                } )+
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($name {
                            $( $field: $crate::models::wire_object!(@end $field $(, $kind)?), )+
                        })
                    }
                }
                d.deserialize_map(Fields)
            }
        }
    };
    (@read $map:ident, $ty:ty, with $with:path) => { $with(&mut $map) };
    (@read $map:ident, $ty:ty $(, required)?) => { $map.next_value::<$ty>() };
    (@end $field:ident $(, with)?) => { $field.unwrap_or_default() };
    (@end $field:ident, required) => {
        match $field {
            Some(value) => value,
            None => return Err(serde::de::Error::missing_field(stringify!($field))),
        }
    };
}

pub(crate) use wire_object;

/// A key of an object, borrowed from the JSON text when it has no escapes.
pub(crate) struct Key<'de>(pub std::borrow::Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct Text;
        impl<'de> serde::de::Visitor<'de> for Text {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a key")
            }

            fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(key)))
            }

            fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(key.to_string())))
            }
        }
        d.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    wire_object! {
        #[derive(Debug, PartialEq)]
        struct Sample {
            id: i64 = required,
            name: String,
            tag: Option<String>,
            list: Vec<i64>,
        }
    }

    fn read(text: &str) -> Result<Sample, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_present_fields_defaults_absent_ones_and_skips_unknown_ones() {
        let s = read(r#"{"id":7,"tag":null,"extra":{"deep":[1,2]},"list":[1,2]}"#).unwrap();
        assert_eq!(s, Sample { id: 7, name: String::new(), tag: None, list: vec![1, 2] });
    }

    #[test]
    fn a_key_sent_twice_keeps_its_last_value() {
        assert_eq!(read(r#"{"id":1,"id":2}"#).unwrap().id, 2);
    }

    #[test]
    fn refuses_a_missing_required_field_a_wrong_type_and_an_array() {
        assert!(read(r#"{"name":"a"}"#).unwrap_err().contains("missing field `id`"));
        assert!(read(r#"{"id":"7"}"#).is_err());
        assert!(read(r#"{"id":1,"name":null}"#).is_err());
        assert!(read(r#"[7,"a",null,[]]"#).is_err());
    }
}
