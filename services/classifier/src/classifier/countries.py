"""Countries named in a document (short English names, aliases and demonyms), with evidence spans."""

from __future__ import annotations

import re

from classifier.names import fold
from schemas.events import CountryMention, Evidence

# Short English name -> other ways a document writes it (names, official forms, demonyms). Order is
# irrelevant:
# the pattern tries longer forms first, so "North Korean" never reads as "Korea".
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",), "Angola": ("Angolan",),
    "Argentina": ("Argentine", "Argentinian"), "Armenia": ("Armenian",), "Australia": ("Australian",),
    "Austria": ("Austrian",), "Azerbaijan": ("Azerbaijani",), "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",), "Belarus": ("Belarusian", "Belarussian"), "Belgium": ("Belgian",),
    "Bolivia": ("Bolivian",), "Bosnia and Herzegovina": ("Bosnia", "Bosnian"), "Brazil": ("Brazilian",),
    # A territory where shell companies are registered, not the United Kingdom its "British" would read as.
    "British Virgin Islands": (),
    "Bulgaria": ("Bulgarian",), "Burma": ("Myanmar", "Burmese"), "Cambodia": ("Cambodian",),
    "Canada": ("Canadian",), "Chile": ("Chilean",),
    "China": ("People's Republic of China", "PRC", "Chinese", "Mainland China"),
    "Colombia": ("Colombian",), "Costa Rica": ("Costa Rican",), "Croatia": ("Croatian",), "Cuba": ("Cuban",),
    "Cyprus": ("Cypriot",), "Czech Republic": ("Czechia", "Czech"), "Denmark": ("Danish",),
    "Ecuador": ("Ecuadorian",), "Egypt": ("Egyptian",), "Eritrea": ("Eritrean",), "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",), "Finland": ("Finnish",), "France": ("French",), "Georgia": ("Georgian",),
    "Germany": ("German",), "Ghana": ("Ghanaian",), "Greece": ("Greek",), "Hong Kong": (),
    "Hungary": ("Hungarian",), "India": ("Indian",), "Indonesia": ("Indonesian",), "Iran": ("Iranian",),
    "Iraq": ("Iraqi",), "Ireland": ("Irish",), "Israel": ("Israeli",), "Italy": ("Italian",),
    "Japan": ("Japanese",), "Jordan": ("Jordanian",), "Kazakhstan": ("Kazakh", "Kazakhstani", "Kazakstan"),
    "Kenya": ("Kenyan",), "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",), "Laos": ("Lao", "Laotian"),
    "Latvia": ("Latvian",), "Lebanon": ("Lebanese",), "Libya": ("Libyan",), "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourger", "Luxembourgish"), "Macau": ("Macao",), "Malaysia": ("Malaysian",),
    "Malta": ("Maltese",),
    "Mexico": ("Mexican",), "Moldova": ("Moldovan",), "Mongolia": ("Mongolian",), "Morocco": ("Moroccan",),
    "Nepal": ("Nepalese",), "Netherlands": ("Dutch", "Holland"), "New Zealand": (),
    "Nicaragua": ("Nicaraguan",),
    "Nigeria": ("Nigerian",),
    "North Korea": ("DPRK", "North Korean", "Democratic People's Republic of Korea"),
    "Norway": ("Norwegian",), "Oman": ("Omani",), "Pakistan": ("Pakistani",), "Panama": ("Panamanian",),
    "Peru": ("Peruvian",), "Philippines": ("Filipino", "Philippine"), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Qatar": ("Qatari",), "Romania": ("Romanian",),
    "Russia": ("Russian Federation", "Russian"), "Saudi Arabia": ("Saudi",), "Serbia": ("Serbian",),
    "Singapore": ("Singaporean",), "Slovakia": ("Slovak",), "Slovenia": ("Slovenian",),
    "South Africa": ("South African",), "South Korea": ("Republic of Korea", "South Korean", "Korea"),
    "South Sudan": ("South Sudanese",), "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",),
    "Sweden": ("Swedish",), "Switzerland": ("Swiss",), "Syria": ("Syrian",), "Taiwan": ("Taiwanese",),
    "Tajikistan": ("Tajik",), "Thailand": ("Thai",), "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish", "Türkiye"),
    "Turkmenistan": ("Turkmen",), "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("UAE", "U.A.E.", "Emirati"),
    "United Kingdom": ("UK", "U.K.", "Britain", "British"),
    "Uzbekistan": ("Uzbek",), "Venezuela": ("Venezuelan",), "Vietnam": ("Viet Nam", "Vietnamese"),
    "Yemen": ("Yemeni",), "Zimbabwe": ("Zimbabwean",),
    # The rest of the UN's members and observers, so no destination goes unnamed for want of an entry;
    # demonyms only where they name one country ("Dominican" and "Guinean" do not).
    "Andorra": ("Andorran",), "Antigua and Barbuda": ("Antigua", "Antiguan"), "Bahamas": ("The Bahamas",),
    "Barbados": ("Barbadian",), "Belize": ("Belizean",), "Benin": ("Beninese",), "Bhutan": ("Bhutanese",),
    "Botswana": (), "Brunei": ("Brunei Darussalam", "Bruneian"), "Burkina Faso": ("Burkinabe",),
    "Burundi": ("Burundian",), "Cabo Verde": ("Cape Verde", "Cape Verdean"), "Cameroon": ("Cameroonian",),
    "Central African Republic": (), "Chad": ("Chadian",), "Comoros": ("Comorian",),
    "Republic of the Congo": ("Congo-Brazzaville",),
    "Côte d'Ivoire": ("Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Ivory Coast", "Ivorian"),
    "Democratic Republic of the Congo": ("DRC", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "Djibouti": ("Djiboutian",), "Dominica": (), "Dominican Republic": (), "El Salvador": ("Salvadoran",),
    "Equatorial Guinea": (), "Eswatini": ("Swaziland", "Swazi"), "Fiji": ("Fijian",), "Gabon": ("Gabonese",),
    "Gambia": ("The Gambia", "Gambian"), "Grenada": ("Grenadian",), "Guatemala": ("Guatemalan",),
    "Guinea": (), "Guinea-Bissau": (), "Guyana": ("Guyanese",), "Haiti": ("Haitian",),
    "Honduras": ("Honduran",), "Iceland": ("Icelandic",), "Jamaica": ("Jamaican",), "Kiribati": (),
    "Kosovo": ("Kosovar",), "Lesotho": ("Basotho",), "Liberia": ("Liberian",),
    "Liechtenstein": ("Liechtensteiner",), "Madagascar": ("Malagasy",), "Malawi": ("Malawian",),
    "Maldives": ("Maldivian",), "Mali": ("Malian",), "Marshall Islands": ("Marshallese",),
    "Mauritania": ("Mauritanian",), "Mauritius": ("Mauritian",), "Micronesia": (),
    "Monaco": ("Monegasque", "Monégasque"), "Montenegro": ("Montenegrin",), "Mozambique": ("Mozambican",),
    "Namibia": ("Namibian",), "Nauru": ("Nauruan",), "Niger": ("Nigerien",),
    "North Macedonia": ("Macedonia",), "Palau": ("Palauan",), "Papua New Guinea": ("Papua New Guinean",),
    "Paraguay": ("Paraguayan",), "Rwanda": ("Rwandan",),
    "Saint Kitts and Nevis": ("St Kitts and Nevis", "St. Kitts and Nevis", "Kittitian", "Nevisian"),
    "Saint Lucia": ("St Lucia", "St. Lucia", "Saint Lucian"),
    "Saint Vincent and the Grenadines": (
        "St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Vincentian",
    ),
    "Samoa": (), "San Marino": ("Sammarinese",), "Sao Tome and Principe": ("São Tomé and Príncipe",),
    "Senegal": ("Senegalese",), "Seychelles": ("Seychellois",), "Sierra Leone": ("Sierra Leonean",),
    "Solomon Islands": (), "Somalia": ("Somali",), "Suriname": ("Surinamese",), "Tanzania": ("Tanzanian",),
    "Timor-Leste": ("East Timor", "Timorese"), "Togo": ("Togolese",), "Tonga": ("Tongan",),
    "Trinidad and Tobago": ("Trinidadian",), "Tuvalu": ("Tuvaluan",), "Uganda": ("Ugandan",),
    "Uruguay": ("Uruguayan",), "Vanuatu": (), "Vatican City": ("Holy See",), "Zambia": ("Zambian",),
    # States that older documents name as destinations ("controls on exports to the Soviet Union"). Not
    # Yugoslavia: the labels name its successors, which its documents name too ("Serbia and Montenegro").
    "Soviet Union": ("USSR", "U.S.S.R.", "Soviet"), "Czechoslovakia": ("Czechoslovak",),
}  # fmt: skip

_FORMS: dict[str, tuple[str, str]] = {}
for _name, _aliases in COUNTRIES.items():
    _FORMS[_name] = (_name, "country.name")
    # Supplement No. 4 bodies head each destination in capitals ("CHINA, PEOPLE'S REPUBLIC OF").
    _FORMS[_name.upper()] = (_name, "country.name")
    for _alias in _aliases:
        _FORMS[_alias] = (_name, "country.alias")

# Every other way a text writes a country (demonyms, official forms, abbreviations), for rules that read
# "Iranian carpets" or "the Spanish charter company".
ALIASES: frozenset[str] = frozenset(alias for aliases in COUNTRIES.values() for alias in aliases)

# Case-sensitive on purpose: countries are proper nouns, and "chad"/"turkey"/"jordan" in lower case are not.
PATTERN = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
    # A demonym's plural names the country's people ("six Venezuelans"): an "s" after a form in "-an".
    + r")(?:(?<=an)s)?(?:'s|’s)?(?!\w)"
)
# Matcher keys of every form: the entity matcher must not take "(Hong Kong)" or "Iranian" for a listed party.
COUNTRY_KEYS: frozenset[str] = frozenset(" ".join(fold(w) for w in re.findall(r"[^\W_]+", f)) for f in _FORMS)


# Foreign capitals, which news writes for their governments ("letting Baghdad keep paying", "Belgrade's
# assets").
CAPITALS = (
    r"(?:Moscow|Beijing|Tehran|Pyongyang|Havana|Caracas|Damascus|Minsk|Kabul|Baghdad|Tripoli|Khartoum|Sanaa|"
    r"Beirut|Managua|Kyiv|Kiev|Abu\s+Dhabi|Ankara|Brussels|London|Paris|Berlin|Tokyo|Seoul|Taipei|New\s+Delhi|"
    r"Islamabad|Belgrade|Budapest|Sofia|Riyadh|Ottawa|Canberra|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Vienna|"
    r"Prague|Athens|Madrid|Bern|Cairo|Amman|Doha|Hanoi|Bangkok|Jakarta|Manila|Pretoria|Nairobi|Baku|Tbilisi|"
    r"Yerevan|Tashkent|Harare)"
)
# Places inside countries that sanctions news names as often as parties: capitals, and the regions and
# seas programmes and projects are named after. They are where parties are, never a party.
PLACES_WITHIN = re.compile(
    rf"(?:{CAPITALS}|St\.?\s+Petersburg|Shanghai|Shenzhen|Hong\s+Kong|Dubai|Istanbul|Washington|"
    r"Crimea|Donetsk|Luhansk|Sevastopol|Xinjiang|Tibet|Siberia|Chechnya|Darfur|Gaza|West\s+Bank|Kurdistan|Kashmir|"
    r"Arctic|Antarctic|Kara\s+Sea|Black\s+Sea|Baltic|Caspian|Persian\s+Gulf|Gulf|Middle\s+East|"
    # "Five companies in Europe, West Africa and the Middle East".
    r"(?:(?:North|South|East|West|Central)(?:ern)?\s+)?(?:Europe|Asia|Africa)|"
    # Half of a state's name, which a list of parties splits at its "and": "Bosnia and Herzegovina".
    r"Herzegovina|Latin\s+America|(?:Western\s+)?Balkans|Caucasus|Sahel|Scandinavia)(?:'s|’s)?"
)


# Occurrences that are not a destination: regime names ("Australia Group"), laws ("Iran Nonproliferation
# Act"), bilateral "India-U.S.",
# the war "against Ukraine" or "with Iran".
# A news outlet's name or kind is where a story comes from: "Radio France Internationale", "Agence
# France-Presse", "the Polish daily Rzeczpospolita"; nor is the language one is told in.
NOT_A_DESTINATION_AFTER = re.compile(
    r"^(?:\s+(?:[A-Z][\w-]*\s+){0,3}(?:Group|Act)\b|-U\.S\.|\s+Internationale\b|-Presse\b|"
    # ... nor a country listed in a law's name: "the Iran, North Korea, and Syria Nonproliferation Act".
    r"(?:(?:,\s+and|,|\s+and)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?){1,3}\s+(?:[A-Z][\w-]*\s+){0,3}Act\b|"
    # ... or by the country it covers ("the Korea-focused blog").
    # The outlet may be described first: "Xland's public broadcaster", "the Xlandic state-run news agency".
    r"(?:-focused|-based)?\s+(?:(?:public|state|state-run|state-owned|official|national|business|financial)\s+)?"
    # ... or by its kind alone: "Kazakh outlet Foo Times reported", "the Xlandic edition of Foo News".
    # An outlet's own name may say what it is: "the Kuwait News Agency reported".
    r"(?:daily|newspaper|weekly|magazine|broadcaster|(?i:news\s+agency)|press\s+agency|news\s+site|outlet|edition|"
    r"(?:news\s+)?website|"
    r"news\s+portal|blog|"
    r"(?:news|television|TV)\s+(?:channel|station|network)|radio\s+station|news\s+outlet|wire\s+service)\b|"
    # A language is no destination: "a German-language relay", "Russian-speaking brokers"; nor is a
    # broadcaster's service in it ("the radio's Xlandic service reported"), nor a state broadcaster's own name
    # ("Xland Radio International", "Xland Central Television").
    r"[\s-](?:language|speaking)\b|\s+service\b(?!\s+members)|"
    r"\s+(?:Radio(?:\s+International)?|Central\s+Television|Global\s+Television(?:\s+Network)?|Daily)\b|"
    # A compound of origin or patronage describes a party: "the Xland-backed militia", "a Xlandic-born
    # trader", "the Xland-annexed peninsula", "the Xlandic-led coalition"; so does a maker's ("Xlandic-made
    # missiles", "Xland-built MiGs", "Xland-designed rifles").
    r"-(?:backed|born|annexed|occupied|supported|sponsored|allied|aligned|led|made|built|designed|manufactured|"
    r"produced)\b|"
    # The state that hands a suspect over, or whose court lets it, held him: "Xland extradites Foo Bar to
    # New York", "Xland's Supreme Court clears the extradition of Foo Bar", "The Xland Court of Appeal had
    # approved his extradition".
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]*\s+){0,2}[Cc]ourt(?:\s+of\s+[A-Z][\w-]*)?\s+)?(?:(?:has|had)\s+)?"
    r"(?:extradit(?:es|ed)|(?:clear|approv|allow|order|agree)\w*\s+(?:to\s+)?(?:the\s+|his\s+|her\s+)?extradit\w*)\b|"
    # ... or hands him to the United States: "Xland hands Foo Bar to the U.S.".
    r"\s+hand(?:s|ed)\s+(?:over\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:over\s+)?to\s+(?:the\s+)?(?:U\.S\.|United\s+States|"
    r"Washington|American)|"
    # Goods sent on from a state went elsewhere: "exported to Xland for re-export to Yland".
    r"\s+for\s+(?:re-?export|trans-?shipment)\s+to\b|"
    # A province named after a state is another state's region: Iran's "West Azerbaijan province".
    r"\s+[Pp]rovince\b)"
)
# "ethnic Albanians" are a people, not the state; the "Gulf of Mexico" is a sea and "New Mexico" a U.S. state.
NOT_A_DESTINATION_BEFORE = re.compile(
    # "New" only with its capital: "new Iran sanctions" name Iran.
    r"(?:\bagainst|\binvasion\s+of|\bwar\s+(?:in|on|with)|U\.S\.-|\bethnic|\bGulf\s+of|(?-i:\bNew)|(?-i:\bRadio)|"
    # An attack's target is its victim: "missile attacks on Xland", "rocket fire at Xlandic towns"; so is a
    # boycott's ("the Arab League boycott of Xland").
    r"\b(?:attacks?|strikes?|rockets?|missiles?|fir(?:e|es|ed|ing))\s+(?:on|at|into)\s+(?:\w+\s+)?|"
    r"\bboycotts?\s+(?:of|against|on)\s+|"
    # The state a suspect is extradited from held him; his exports went elsewhere. So did the state he was
    # arrested in ("had been arrested in Xland at Washington's request"), or his goods were seized in.
    r"\bextradit\w*\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?|"
    r"\b(?:arrested|detained|apprehended|seized|intercepted|impounded)\s+in\s+(?:the\s+)?|"
    # A state a sale is expected to anger objects to it; the buyer is another ("likely to anger Xland", "wary
    # of upsetting Xland").
    r"\b(?:anger(?:s|ed|ing)?|upset(?:s|ting)?|irk(?:s|ed|ing)?|infuriat(?:e|es|ed|ing))\s+(?:the\s+)?)\s*$",
    re.I,
)
# A state one talks or has ties with is a counterpart ("peace talks with Xland", "its ties with Xland"); its
# company in the possessive is a party's home ("negotiate with Xland's Foo Oil").
COUNTERPART_BEFORE = re.compile(r"\b(?:negotiat\w*|talks|ties|relations|treat(?:y|ies))\s+with\s*$", re.I)
# A state that acts beside the United States is its partner, not the action's target: "an action coordinated
# with Xland and Yland", "in coordination with the United States, Xland and Europe"; so is one that sanctioned
# the same parties on its own ("sanctioned by the United States, Xland and the European Union").
# The states named just before the one read, up to three: "with the United States, Xland and ".
_STATES_BEFORE = (
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+|\s+and\s+)(?:the\s+)?){0,3}$"
)
PARTNER_BEFORE = re.compile(
    r"\b(?i:(?:coordinat\w*|in\s+coordination|in\s+concert|jointly|in\s+step|(?:acting|working)\s+together)\s+with|"
    # ... or that acts with it ("acting with the British government") or sanctions in its own right
    # ("identified, sanctioned in US, UK, Australia").
    r"(?:sanctioned|designated)\s+(?:by|in)|(?:acting|working)\s+with)"
    rf"{_STATES_BEFORE}"
)
# ... and so is one the United States acts together with, named as a state and not as a party's home
# ("together with Xland's Foo Bank", "together with Xlandic business partners"): "sanctioned, together with
# the United Kingdom and Xland, the network's leader".
TOGETHER_BEFORE = re.compile(rf"\b(?i:together|alongside|along)\s+with{_STATES_BEFORE}")
TOGETHER_AFTER = re.compile(r"(?:\s*[,;.]|\s+and\b|\s*$)")
# ... and so is one that is itself the subject of the sanctioning verb: "Britain and Xland had already
# sanctioned the group", "Xland designated Foo Oil the same day"; or whom the United States joined in it
# ("joined Xland in sanctioning"). A state's list "listed" as an adjective ("a Xlandic listed company") is no
# act.
# One more state of the subject: ", Yland", " and the Zland Republic".
_ANOTHER_STATE = r"(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
PARTNER_AFTER = re.compile(
    rf"^(?:{_ANOTHER_STATE}){{0,3}}(?:\s+(?:had|has|have))?"
    r"(?:\s+(?:also|already))?\s+(?:sanctioned|designated|imposed|froze|blacklisted)\b"
)
# A headline's states that sanction together: "Xland, Yland and Zland sanction Foo". The bare verb stands only
# after a list ("Xland sanctions" may be the sanctions on Xland).
JOINT_HEADLINE_AFTER = re.compile(rf"^(?:{_ANOTHER_STATE}){{1,3}}\s+(?:jointly\s+)?sanction\b")
JOINT_HEADLINE_BEFORE = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")
JOINT_HEADLINE_VERB = re.compile(r"^\s+(?:jointly\s+)?sanction\b")
JOINED_IN = re.compile(r"\bjoin(?:ed|s|ing)\s+(?:the\s+)?$")
JOINED_IN_AFTER = re.compile(r"^\s+in\s+(?:sanctioning|designating|imposing|freezing|blacklisting)\b")
# A country goods pass through is a route, not their destination: "shipped to Xland by way of Yland and
# Zland", "routed through Yland", "via Yland".
TRANSIT_BEFORE = re.compile(
    r"\b(?i:by\s+way\s+of|via|routed\s+through|transit(?:ed|ing)?\s+through|trans-?shipped\s+(?:through|via)|"
    # Goods moved "to Xland through Yland": Yland is the way, not the end.
    # In any tense: "conspiring to export them to Xland through Yland".
    r"(?:ship(?:s|ped|ping)?|sen(?:d|ds|ding|t)|forward\w*|export(?:s|ed|ing)?|divert\w*|mov(?:e|es|ed|ing)|smuggl\w*|"
    r"funnel\w*)\s+(?:[\w,'’-]+\s+){0,4}?through)"
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,\s+|\s+and\s+|\s+or\s+)(?:the\s+)?)?$"
)


# North Korea's state companies and organs carry the bare "Korea" in their names ("Korea Foo Trading
# Corporation", "the Workers' Party of Korea"); in a story about the North that word is part of a name, not
# the South. Only the bare form: "South Korea" and "the Republic of Korea" still name the South.
NORTH_KOREA = re.compile(r"\bNorth\s+Korean?\b|\bDPRK\b|\bPyongyang\b")
NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+of\s+(?:the\s+)?$")


def _within_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a bare "Korea" reads as part of a proper name ("Korea Foo ...", "... of Korea")."""
    if m.group(1) != "Korea":
        return False
    before = text[max(0, m.start() - 40) : m.start()]
    return NAME_AFTER.match(text, m.end()) is not None or NAME_BEFORE.search(before) is not None


# An antiboycott story (the antiboycott rules' cases) names the boycotted state by what the boycott keeps
# out: "certified that the goods were not of Xlandic origin", "no Xlandic parts", "business with Xland", "the
# boycott of Xland". That state is the boycott's object wherever the story names it, not a destination. Only
# there: a story of any other boycott may sell to its object ("a sale of rockets to Xland during the
# neighbours' boycott of Xland").
ANTIBOYCOTT = re.compile(
    r"\banti-?boycott|\bboycott[- ](?:related|requests?)\b|\bArab\s+(?:League\s+)?boycott|"
    r"\bsecondary\s+boycott|\bpart\s+760\b|\brestrictive\s+trade\s+practices?\b",
    re.IGNORECASE,
)
BOYCOTTED_BEFORE = re.compile(
    r"\b(?:boycotts?\s+(?:of|against|on|aimed\s+at)|(?:business|dealings|trade|trading|relationships)\s+with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
BOYCOTTED_AFTER = re.compile(
    r"^(?:-origin\b|\s+origin\b|-based\s+(?:businesses|firms|companies)\b|\s+(?:goods|parts|materials|"
    r"products|ports|firms|companies|businesses|vessels|ships)\b)"
)


def _boycotted(texts: dict[str, str]) -> set[str]:
    """The states an antiboycott story names as the boycott's object."""
    # The plain word test first: most texts name no boycott, and the pattern need not run on them.
    if not any("boycott" in text.casefold() for text in texts.values()):
        return set()
    if not any(ANTIBOYCOTT.search(text) for text in texts.values()):
        return set()
    return {
        _FORMS[m.group(1)][0]
        for text in texts.values()
        for m in PATTERN.finditer(text)
        if BOYCOTTED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        or BOYCOTTED_AFTER.match(text[m.end() : m.end() + 30])
    }


def find_countries(
    texts: dict[str, str], skip: dict[str, list[tuple[int, int]]] | None = None
) -> list[CountryMention]:
    """Each country named in the given fields, once, with every span as evidence (`skip` spans excluded)."""
    found: dict[str, list[Evidence]] = {}
    boycotted = _boycotted(texts)
    # Whether the story is about the North: asked only when a bare "Korea" reads as part of a name, which
    # most documents never hold, so the other documents are not scanned for it.
    north: bool | None = None
    for field, text in texts.items():
        blocked = (skip or {}).get(field, [])
        for m in PATTERN.finditer(text):
            if any(s <= m.start() < e for s, e in blocked):
                continue
            if _within_a_name(text, m):
                if north is None:
                    north = any(NORTH_KOREA.search(t) for t in texts.values())
                if north:
                    continue
            before = text[max(0, m.start() - 30) : m.start()]
            if NOT_A_DESTINATION_AFTER.match(text[m.end() : m.end() + 60]) or NOT_A_DESTINATION_BEFORE.search(
                before
            ):
                continue
            if COUNTERPART_BEFORE.search(before) and not m.group(0).endswith(("'s", "’s")):
                continue
            wider = text[max(0, m.start() - 80) : m.start()]
            if PARTNER_BEFORE.search(wider) or TRANSIT_BEFORE.search(wider):
                continue
            if TOGETHER_BEFORE.search(wider) and TOGETHER_AFTER.match(text, m.end()):
                continue
            after = text[m.end() : m.end() + 120]
            # "Xland's sanctioned oil company" is the home of a party the verb describes.
            possessive = m.group(0).endswith(("'s", "’s"))
            if (
                (not possessive and (PARTNER_AFTER.match(after) or JOINT_HEADLINE_AFTER.match(after)))
                or (JOINT_HEADLINE_BEFORE.search(before) and JOINT_HEADLINE_VERB.match(after))
                or (JOINED_IN.search(before) and JOINED_IN_AFTER.match(after))
            ):
                continue
            name, rule = _FORMS[m.group(1)]
            if name in boycotted:
                continue
            found.setdefault(name, []).append(
                Evidence(rule_id=rule, field=field, start=m.start(1), end=m.end(1), text=m.group(1))
            )
    return [CountryMention(name=name, evidence=ev) for name, ev in found.items()]


# The states a multilateral regime aims at, in its own news: "to keep such items from states whose behaviour
# causes serious concern, such as Iran, Iraq, Libya and North Korea".
CONCERN_BEFORE = re.compile(
    r"\bconcern\w*,?\s+(?:such\s+as|including|like|namely|notably)\s+(?:[^.;:]{0,80}?(?:,\s*|\s+and\s+|\s+or\s+))?$",
    re.IGNORECASE,
)


def _after_concern(text: str, start: int) -> bool:
    return CONCERN_BEFORE.search(text[max(0, start - 120) : start]) is not None


def of_concern(countries: list[CountryMention], texts: dict[str, str]) -> list[CountryMention]:
    """Only the countries named as a concern, each with only the spans that name it so."""
    kept = []
    for country in countries:
        spans = [e for e in country.evidence if _after_concern(texts[e.field], e.start)]
        if spans:
            kept.append(CountryMention(name=country.name, evidence=spans))
    return kept
