//! Browser glue below the views: the browser's stores, idle-time work, work waiting for an
//! element to come near the screen, keyboard focus,
//! the clipboard, file downloads and the pages' stylesheets. No translations and no views here: failures come back
//! as typed errors the views put into words.

pub mod clipboard;
pub mod focus;
pub mod idle;
pub mod near_screen;
pub mod page_styles;
pub mod storage;
