//! Answers of the sub-user writes (docs/API.md §6) that are more than `{success, message}`
//! ([`super::Ack`]): `POST /proxies/sub-user` returns the new sub-user, password included
//! (masked in `Debug` by [`SubUser`]).

use super::{wire_object, SubUser};

wire_object! {
    /// `POST /user/api/proxies/sub-user`: `{success, data: [{user_id, first_name,
    /// proxy_password, data, data_spent}]}`, a one-element array.
    #[derive(Clone, Debug, PartialEq)]
    pub struct CreatedSubUser {
        /// The new sub-user (one element; no `data_remain`).
        pub data: Vec<SubUser>,
    }
}

impl CreatedSubUser {
    /// The new sub-user, when the answer named one.
    pub fn sub_user(&self) -> Option<&SubUser> {
        self.data.first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_created_sub_user_decodes_and_hides_its_password() {
        let created: CreatedSubUser = serde_json::from_str(
            r#"{"success":true,"data":[{"user_id":"su1004","first_name":"bot","proxy_password":"Zx9pQ2wE7rT4yU1i","data":2000000000,"data_spent":0}]}"#,
        )
        .unwrap();
        let user = created.sub_user().unwrap();
        assert_eq!((user.user_id.as_str(), user.data, user.data_remain), ("su1004", 2_000_000_000, None));
        assert!(!format!("{created:?}").contains("Zx9pQ2wE7rT4yU1i"));
        let empty: CreatedSubUser = serde_json::from_str(r#"{"success":true}"#).unwrap();
        assert_eq!(empty.sub_user(), None);
    }
}
