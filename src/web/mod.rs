//! Browser glue below the views: the browser's stores, idle-time work, keyboard focus,
//! the clipboard and file downloads. No translations and no views here: failures come back
//! as typed errors the views put into words.

pub mod clipboard;
pub mod focus;
pub mod idle;
pub mod storage;
