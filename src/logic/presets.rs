//! Named generator presets: the settings a customer chose, saved under a name and kept in
//! `localStorage` as JSON. The type has no field for a password, a sub-user or the API key,
//! so a preset cannot hold a secret. Stored text is read tolerantly: a damaged or foreign
//! store reads as no presets rather than an error.

use crate::models::wire_object;
use serde::Serialize;

/// The `localStorage` key of the presets.
pub const STORAGE_KEY: &str = "proxyshard.presets.v1";
/// The longest preset name, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// How many presets the store keeps.
pub const MAX_PRESETS: usize = 50;

wire_object! {
    /// The generator's settings as typed (text fields stay text, so a preset restores exactly
    /// what was on screen, mistakes included, and validation stays in one place).
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
    pub struct GeneratorSettings {
        /// Country code, `None` = any country.
        pub country: Option<String>,
        /// Region code.
        pub region: Option<String>,
        /// City code.
        pub city: Option<String>,
        /// ISP code (Premium).
        pub isp: Option<String>,
        /// Device OS value (Premium).
        pub os: Option<String>,
        /// Sticky (true) or rotating.
        pub sticky: bool,
        /// The sticky lifetime as typed, seconds.
        pub ttl: String,
        /// The session mode as typed (Premium, sticky), empty for none.
        pub session_mode: String,
        /// `http` or `socks5`.
        pub protocol: String,
        /// `eu`, `us` or `asia`.
        pub relay: String,
        /// How many strings, as typed.
        pub amount: String,
    }
}

wire_object! {
    /// One saved preset.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
    pub struct Preset {
        /// The name the customer gave (trimmed, unique within its plan).
        pub name: String = required,
        /// The plan tab it was saved on (`standart`, `premium`, `unmetered`).
        pub plan: String = required,
        /// What it restores.
        pub settings: GeneratorSettings = required,
    }
}

/// Why a name cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Empty after trimming.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// Holds a control character.
    ControlCharacter,
    /// Another preset of the plan already has it (rename only).
    Taken,
    /// The store is full ([`MAX_PRESETS`]).
    Full,
}

/// Checks and trims a preset name.
pub fn clean_name(raw: &str) -> Result<String, NameProblem> {
    let name = raw.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else if name.chars().any(char::is_control) {
        Err(NameProblem::ControlCharacter)
    } else {
        Ok(name.to_string())
    }
}

/// Every saved preset, in the order they were first saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presets(Vec<Preset>);

impl Presets {
    /// Reads the stored JSON; anything unreadable counts as no presets.
    pub fn from_json(text: Option<&str>) -> Presets {
        Presets(text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default())
    }

    /// The JSON to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "[]".into())
    }

    /// The names saved on `plan`, in order.
    pub fn names(&self, plan: &str) -> Vec<String> {
        self.0.iter().filter(|p| p.plan == plan).map(|p| p.name.clone()).collect()
    }

    /// The settings saved as `name` on `plan`.
    pub fn get(&self, plan: &str, name: &str) -> Option<&GeneratorSettings> {
        self.0.iter().find(|p| p.plan == plan && p.name == name).map(|p| &p.settings)
    }

    /// Saves `settings` as `name` on `plan`; an existing preset of that name is replaced.
    /// Returns the cleaned name.
    pub fn save(&mut self, plan: &str, name: &str, settings: GeneratorSettings) -> Result<String, NameProblem> {
        let name = clean_name(name)?;
        if let Some(p) = self.0.iter_mut().find(|p| p.plan == plan && p.name == name) {
            p.settings = settings;
        } else if self.0.len() >= MAX_PRESETS {
            return Err(NameProblem::Full);
        } else {
            self.0.push(Preset { name: name.clone(), plan: plan.to_string(), settings });
        }
        Ok(name)
    }

    /// Renames `old` on `plan` to `new`; refused when `new` is taken by another preset.
    pub fn rename(&mut self, plan: &str, old: &str, new: &str) -> Result<String, NameProblem> {
        let new = clean_name(new)?;
        if new != old && self.0.iter().any(|p| p.plan == plan && p.name == new) {
            return Err(NameProblem::Taken);
        }
        if let Some(p) = self.0.iter_mut().find(|p| p.plan == plan && p.name == old) {
            p.name = new.clone();
        }
        Ok(new)
    }

    /// Forgets `name` on `plan` (nothing happens when there is none).
    pub fn delete(&mut self, plan: &str, name: &str) {
        self.0.retain(|p| !(p.plan == plan && p.name == name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(country: &str) -> GeneratorSettings {
        GeneratorSettings {
            country: Some(country.into()),
            sticky: true,
            ttl: "600".into(),
            protocol: "http".into(),
            relay: "eu".into(),
            amount: "10".into(),
            ..GeneratorSettings::default()
        }
    }

    #[test]
    fn save_replaces_by_name_within_a_plan_only() {
        let mut p = Presets::default();
        assert_eq!(p.save("standart", "  EU scraping ", settings("de")), Ok("EU scraping".into()));
        p.save("premium", "EU scraping", settings("fr")).unwrap();
        p.save("standart", "EU scraping", settings("nl")).unwrap();
        assert_eq!(p.names("standart"), vec!["EU scraping".to_string()]);
        assert_eq!(p.get("standart", "EU scraping").and_then(|s| s.country.as_deref()), Some("nl"));
        assert_eq!(p.get("premium", "EU scraping").and_then(|s| s.country.as_deref()), Some("fr"));
    }

    #[test]
    fn names_are_checked() {
        assert_eq!(clean_name("   "), Err(NameProblem::Empty));
        assert_eq!(clean_name(&"x".repeat(41)), Err(NameProblem::TooLong));
        assert_eq!(clean_name("a\u{7}b"), Err(NameProblem::ControlCharacter));
        assert_eq!(clean_name(&"ł".repeat(40)), Ok("ł".repeat(40)));
    }

    #[test]
    fn rename_refuses_a_taken_name_and_delete_forgets() {
        let mut p = Presets::default();
        p.save("standart", "a", settings("de")).unwrap();
        p.save("standart", "b", settings("fr")).unwrap();
        assert_eq!(p.rename("standart", "a", " b "), Err(NameProblem::Taken));
        assert_eq!(p.rename("standart", "a", "a"), Ok("a".into()));
        assert_eq!(p.rename("standart", "a", "c"), Ok("c".into()));
        assert_eq!(p.names("standart"), vec!["c".to_string(), "b".to_string()]);
        p.delete("standart", "c");
        assert_eq!(p.names("standart"), vec!["b".to_string()]);
    }

    #[test]
    fn the_store_is_bounded() {
        let mut p = Presets::default();
        for i in 0..MAX_PRESETS {
            p.save("standart", &format!("p{i}"), settings("de")).unwrap();
        }
        assert_eq!(p.save("standart", "one more", settings("de")), Err(NameProblem::Full));
        assert!(p.save("standart", "p0", settings("fr")).is_ok(), "replacing still works when full");
    }

    #[test]
    fn json_round_trips_and_damage_reads_as_empty() {
        let mut p = Presets::default();
        p.save("premium", "mobile São Paulo", settings("br")).unwrap();
        let json = p.to_json();
        assert_eq!(Presets::from_json(Some(&json)), p);
        assert!(!json.to_ascii_lowercase().contains("password"));
        assert_eq!(Presets::from_json(Some("{not json")), Presets::default());
        assert_eq!(Presets::from_json(None), Presets::default());
        // A stored preset with a foreign field (a password someone put there by hand) loads
        // without it: the type has nowhere to keep it, so it is gone on the next save.
        let foreign = r#"[{"name":"x","plan":"standart","settings":{"country":"de","password":"hunter2"}}]"#;
        assert!(!Presets::from_json(Some(foreign)).to_json().contains("hunter2"));
    }
}
