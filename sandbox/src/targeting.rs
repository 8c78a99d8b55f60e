//! The residential targeting catalogue (docs/API.md §6): countries, their regions, the regions'
//! cities and, for Premium, the cities' ISPs. Fixed data, the same for every seed.
//!
//! Codes are lower case, as the provider's connection strings use them (letters, digits
//! and `_` only); lookups accept any case. Each city's ISPs are 2–4 of its country's,
//! picked by the city's position, so the list is deterministic without a table per city.

/// A city: (code, name).
pub type City = (&'static str, &'static str);
/// A region: (code, name, cities).
pub type Region = (&'static str, &'static str, &'static [City]);

/// A country of the catalogue.
#[derive(Debug)]
pub struct Country {
    /// Lower-case ISO 3166 code.
    pub code: &'static str,
    /// English name.
    pub name: &'static str,
    /// Regions, 2–4.
    pub regions: &'static [Region],
    /// ISPs of the country, (code, name); each city offers 2–4 of them.
    pub isps: &'static [(&'static str, &'static str)],
}

/// The ten countries, in listing order.
#[rustfmt::skip]
pub static COUNTRIES: [Country; 10] = [
    Country { code: "us", name: "United States", regions: &[
        ("ny", "New York", &[("new_york", "New York"), ("buffalo", "Buffalo"), ("rochester", "Rochester")]),
        ("ca", "California", &[("los_angeles", "Los Angeles"), ("san_francisco", "San Francisco"),
            ("san_diego", "San Diego"), ("san_jose", "San Jose"), ("sacramento", "Sacramento")]),
        ("tx", "Texas", &[("houston", "Houston"), ("dallas", "Dallas"), ("austin", "Austin")]),
    ], isps: &[("comcast", "Comcast"), ("att", "AT&T"), ("verizon", "Verizon"), ("spectrum", "Spectrum")] },
    Country { code: "de", name: "Germany", regions: &[
        ("be", "Berlin", &[("berlin", "Berlin"), ("spandau", "Spandau")]),
        ("by", "Bavaria", &[("munchen", "München"), ("nurnberg", "Nürnberg"), ("augsburg", "Augsburg")]),
        ("nw", "North Rhine-Westphalia", &[("koln", "Köln"), ("dusseldorf", "Düsseldorf"), ("dortmund", "Dortmund"),
            ("essen", "Essen")]),
        ("hh", "Hamburg", &[("hamburg", "Hamburg"), ("altona", "Altona")]),
    ], isps: &[("telekom", "Deutsche Telekom"), ("vodafone_de", "Vodafone"), ("o2_de", "O2 Telefónica"),
        ("1und1", "1&1")] },
    Country { code: "gb", name: "United Kingdom", regions: &[
        ("eng", "England", &[("london", "London"), ("manchester", "Manchester"), ("birmingham", "Birmingham")]),
        ("sct", "Scotland", &[("edinburgh", "Edinburgh"), ("glasgow", "Glasgow")]),
        ("wls", "Wales", &[("cardiff", "Cardiff"), ("swansea", "Swansea")]),
    ], isps: &[("bt", "BT"), ("virgin_media", "Virgin Media"), ("sky", "Sky Broadband"), ("talktalk", "TalkTalk")] },
    Country { code: "fr", name: "France", regions: &[
        ("idf", "Île-de-France", &[("paris", "Paris"), ("versailles", "Versailles"),
            ("boulogne", "Boulogne-Billancourt")]),
        ("ara", "Auvergne-Rhône-Alpes", &[("lyon", "Lyon"), ("grenoble", "Grenoble"),
            ("saint_etienne", "Saint-Étienne")]),
        ("pac", "Provence-Alpes-Côte d'Azur", &[("marseille", "Marseille"), ("nice", "Nice")]),
    ], isps: &[("orange", "Orange"), ("free", "Free"), ("sfr", "SFR"), ("bouygues", "Bouygues Telecom")] },
    Country { code: "nl", name: "Netherlands", regions: &[
        ("nh", "North Holland", &[("amsterdam", "Amsterdam"), ("haarlem", "Haarlem")]),
        ("zh", "South Holland", &[("rotterdam", "Rotterdam"), ("the_hague", "The Hague"), ("leiden", "Leiden")]),
        ("ut", "Utrecht", &[("utrecht", "Utrecht"), ("amersfoort", "Amersfoort")]),
    ], isps: &[("kpn", "KPN"), ("ziggo", "Ziggo"), ("odido", "Odido")] },
    Country { code: "pl", name: "Poland", regions: &[
        ("mp", "Lesser Poland", &[("krakow", "Kraków"), ("tarnow", "Tarnów")]),
        ("mz", "Masovia", &[("warszawa", "Warszawa"), ("radom", "Radom"), ("plock", "Płock")]),
        ("ds", "Lower Silesia", &[("wroclaw", "Wrocław"), ("walbrzych", "Wałbrzych")]),
    ], isps: &[("orange_pl", "Orange Polska"), ("play", "Play"), ("upc_pl", "UPC Polska"), ("netia", "Netia")] },
    Country { code: "br", name: "Brazil", regions: &[
        ("sp", "São Paulo", &[("sao_paulo", "São Paulo"), ("campinas", "Campinas"), ("santos", "Santos")]),
        ("rj", "Rio de Janeiro", &[("rio_de_janeiro", "Rio de Janeiro"), ("niteroi", "Niterói")]),
        ("mg", "Minas Gerais", &[("belo_horizonte", "Belo Horizonte"), ("uberlandia", "Uberlândia"),
            ("contagem", "Contagem")]),
    ], isps: &[("vivo", "Vivo"), ("claro_br", "Claro"), ("oi", "Oi"), ("tim_br", "TIM")] },
    Country { code: "jp", name: "Japan", regions: &[
        ("tokyo", "Tokyo", &[("shinjuku", "Shinjuku"), ("shibuya", "Shibuya"), ("minato", "Minato")]),
        ("osaka", "Osaka", &[("osaka", "Osaka"), ("sakai", "Sakai")]),
    ], isps: &[("ntt", "NTT"), ("kddi", "KDDI"), ("softbank", "SoftBank")] },
    Country { code: "ca", name: "Canada", regions: &[
        ("on", "Ontario", &[("toronto", "Toronto"), ("ottawa", "Ottawa"), ("hamilton", "Hamilton")]),
        ("qc", "Québec", &[("montreal", "Montréal"), ("quebec_city", "Québec City")]),
        ("bc", "British Columbia", &[("vancouver", "Vancouver"), ("victoria", "Victoria")]),
    ], isps: &[("rogers", "Rogers"), ("bell", "Bell"), ("telus", "Telus"), ("videotron", "Vidéotron")] },
    Country { code: "es", name: "Spain", regions: &[
        ("md", "Madrid", &[("madrid", "Madrid"), ("alcala", "Alcalá de Henares")]),
        ("ct", "Catalonia", &[("barcelona", "Barcelona"), ("girona", "Girona"), ("tarragona", "Tarragona")]),
        ("an", "Andalusia", &[("sevilla", "Sevilla"), ("malaga", "Málaga"), ("cordoba", "Córdoba"),
            ("granada", "Granada")]),
    ], isps: &[("movistar", "Movistar"), ("vodafone_es", "Vodafone"), ("orange_es", "Orange"), ("digi", "Digi")] },
];

/// A country by code (any case).
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code.trim()))
}

/// A region of a country by code (any case).
pub fn region(country: &Country, code: &str) -> Option<&'static Region> {
    let regions: &'static [Region] = country.regions;
    regions.iter().find(|r| r.0.eq_ignore_ascii_case(code.trim()))
}

/// A city of a region by code (any case), with its position in the region.
pub fn city(region: &'static Region, code: &str) -> Option<(usize, &'static City)> {
    region.2.iter().enumerate().find(|(_, c)| c.0.eq_ignore_ascii_case(code.trim()))
}

/// The ISPs of a city: 2–4 of the country's, chosen by the region's and the city's positions.
pub fn isps(country: &'static Country, region: &Region, city_pos: usize) -> Vec<(&'static str, &'static str)> {
    let region_pos = country.regions.iter().position(|r| r.0 == region.0).unwrap_or(0);
    let all = country.isps;
    let count = (2 + (region_pos + city_pos) % 3).min(all.len());
    (0..count).map(|k| all[(region_pos * 2 + city_pos + k) % all.len()]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_sizes_and_codes() {
        for c in &COUNTRIES {
            assert!((2..=4).contains(&c.regions.len()), "{}", c.code);
            for r in c.regions {
                assert!((2..=5).contains(&r.2.len()), "{}/{}", c.code, r.0);
                for (pos, city) in r.2.iter().enumerate() {
                    let isps = isps(c, r, pos);
                    assert!((2..=4).contains(&isps.len()), "{}", city.0);
                    let mut codes: Vec<_> = isps.iter().map(|i| i.0).collect();
                    codes.dedup();
                    assert_eq!(codes.len(), isps.len());
                }
            }
        }
        let codes = COUNTRIES.iter().flat_map(|c| {
            c.regions.iter().flat_map(|r| r.2.iter().map(|x| x.0).chain([r.0])).chain(c.isps.iter().map(|i| i.0))
        });
        for code in codes {
            assert!(code.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'), "{code}");
        }
        let de = country("DE").expect("de");
        assert_eq!(region(de, "BY").map(|r| r.1), Some("Bavaria"));
    }
}
