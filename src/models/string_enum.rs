//! `string_enum!`: one declaration for an enum whose values are fixed strings (an API value,
//! a URL value, a CSS class, a key in storage), so the table of variant ↔ string is written
//! once and `as_str`, `parse`, `ALL`, `Display` and serde (as the string) come from it.
//!
//! ```ignore
//! string_enum! {
//!     /// An order's status.
//!     #[derive(Clone, Debug, PartialEq, Eq, Hash)]
//!     pub enum OrderStatus: loose, Unknown {
//!         Active = "active",
//!         OnHold = "on-hold" | "on_hold" | "onhold",
//!     }
//! }
//! ```
//!
//! - `= "value"` is what `as_str` gives; `| "alias"` are further spellings `parse` accepts.
//! - `: exact` (the default when nothing is said) matches strings exactly; `: loose` trims
//!   them and ignores ASCII case.
//! - `, Unknown` after the matching adds a variant `Unknown(String)` that keeps any other
//!   string as it was sent (`read`, `From<&str>` and serde); the enum then is not `Copy`
//!   and `as_str` borrows. Without it, `Deserialize` refuses an unknown string.

/// Declares a string enum; see the module's documentation.
macro_rules! string_enum {
    // Open: unknown strings are kept in `$unknown(String)`.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $match:ident, $unknown:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// Any other value, kept as it was sent.
            $unknown(String),
        }

        impl $name {
            /// Every known value, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The string of the value (an unknown one as it was sent).
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $value, )+
                    $name::$unknown(raw) => raw,
                }
            }

            /// Reads a known value; `None` for anything else.
            pub fn parse(s: &str) -> Option<$name> {
                $( if $crate::models::string_enum!(@eq $match, s, $value $(, $alias)*) {
                    return Some($name::$variant);
                } )+
                None
            }

            /// Reads a value as sent: a known one, or else the string kept as it is.
            pub fn read(s: &str) -> $name {
                $name::parse(s).unwrap_or_else(|| $name::$unknown(s.to_string()))
            }
        }

        impl From<&str> for $name {
            /// See [`read`](Self::read).
            fn from(s: &str) -> $name {
                $name::read(s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(d)?;
                Ok($name::read(&raw))
            }
        }

        $crate::models::string_enum!(@common $name);
    };
    // Closed, with the matching named.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $match:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The string of the value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $value, )+
                }
            }

            /// Reads a value back from its string (or an alias); `None` for anything else.
            pub fn parse(s: &str) -> Option<$name> {
                $( if $crate::models::string_enum!(@eq $match, s, $value $(, $alias)*) {
                    return Some($name::$variant);
                } )+
                None
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(d)?;
                $name::parse(&raw).ok_or_else(|| {
                    <D::Error as serde::de::Error>::unknown_variant(&raw, &[$($value),+])
                })
            }
        }

        $crate::models::string_enum!(@common $name);
    };
    // Closed, exact matching.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $($body:tt)* }
    ) => {
        $crate::models::string_enum! {
            $(#[$meta])*
            $vis enum $name : exact { $($body)* }
        }
    };
    (@common $name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
    (@eq exact, $s:ident, $($lit:literal),+) => {
        $( $s == $lit )||+
    };
    (@eq loose, $s:ident, $($lit:literal),+) => {
        $( $s.trim().eq_ignore_ascii_case($lit) )||+
    };
}

pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    string_enum! {
        /// A closed test enum.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Exact {
            /// One.
            One = "one",
            /// Two.
            Two = "two" | "2",
        }
    }

    string_enum! {
        /// An open test enum.
        #[derive(Clone, Debug, PartialEq, Eq)]
        enum Open: loose, Other {
            /// A.
            A = "a-a" | "a_a",
        }
    }

    #[test]
    fn closed_enums_read_back_and_refuse_the_rest() {
        for v in Exact::ALL {
            assert_eq!(Exact::parse(v.as_str()), Some(v));
        }
        assert_eq!(Exact::parse("2"), Some(Exact::Two));
        assert_eq!(Exact::parse(" one"), None, "exact: no trimming");
        assert_eq!(Exact::Two.to_string(), "two");
        assert_eq!(serde_json::to_string(&Exact::One).unwrap(), r#""one""#);
        assert_eq!(serde_json::from_str::<Exact>(r#""2""#).unwrap(), Exact::Two);
        assert!(serde_json::from_str::<Exact>(r#""three""#).is_err());
    }

    #[test]
    fn open_enums_keep_unknown_values() {
        assert_eq!(Open::ALL, [Open::A]);
        assert_eq!(Open::parse(" A_A "), Some(Open::A));
        assert_eq!(Open::parse("b"), None);
        assert_eq!(Open::read("<b>"), Open::Other("<b>".into()));
        assert_eq!(Open::read("<b>").as_str(), "<b>");
        assert_eq!(serde_json::from_str::<Open>(r#""A-A""#).unwrap(), Open::A);
        assert_eq!(serde_json::from_str::<Open>(r#""x""#).unwrap(), Open::Other("x".into()));
        assert_eq!(serde_json::to_string(&Open::A).unwrap(), r#""a-a""#);
    }
}
