//! Browser entry point.

fn main() {
    proxyshard_dashboard::start();
}
