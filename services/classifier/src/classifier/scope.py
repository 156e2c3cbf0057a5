"""What is outside the taxonomy: other US trade regimes and foreign governments' own export controls.

The taxonomy is about US export controls, US sanctions and their lists. Section 232 and 301 tariffs, CFIUS,
ICTS supply-chain rules, the DHS forced-labour "UFLPA Entity List" and China's, Japan's or the Netherlands'
own controls share its words ("entity list", "export licence", "national security") but not its subject. A
document is out of scope when its metadata or wording places it in one of those regimes and nothing in it
names a US export-control or sanctions authority.
"""

from __future__ import annotations

import re

from classifier.countries import CAPITALS, COUNTRIES
from schemas.events import DocumentSeen

# 15 CFR 700-709: defense priorities, industrial base surveys, Section 232; 15 CFR 791: ICTS;
# 31 CFR 800-802: CFIUS. The EAR are 15 CFR 730-774, OFAC's programmes 31 CFR 500-599 and 850.
OUT_CFR = re.compile(r"^(?:15 CFR 70\d|15 CFR 791|31 CFR 80[0-2])$")
# 27 CFR holds ATF's firearms import rules: they cite the Munitions List and the arms export law for the
# import list, and change no export control.
IMPORT_CFR = re.compile(r"^27 CFR \d+$")
_REGULATORS = (
    r"Investment\s+Security|Trade\s+Representative|International\s+Trade\s+Commission|Homeland\s+Security|"
    r"Customs\s+and\s+Border|Patent\s+and\s+Trademark|Federal\s+Communications|"
    # Regulators whose licences and permits are of their own trades: fishing, drugs, flying, power, alcohol.
    r"Oceanic\s+and\s+Atmospheric|Marine\s+Fisheries|Food\s+and\s+Drug|Federal\s+Aviation|"
    r"Federal\s+Energy\s+Regulatory|Alcohol\s+and\s+Tobacco|Alcohol,\s+Tobacco|Nuclear\s+Regulatory|Federal\s+Maritime|"
    # The Bank Secrecy Act's special measures against money-laundering concerns are no sanctions.
    r"Financial\s+Crimes\s+Enforcement"
)
OUT_AGENCIES = re.compile(
    # The Defense Department's own notices (arms-sale notifications, acquisition and surplus-sale rules for
    # Munitions List items, patent licences) neither set export controls nor decide licences: State and
    # Commerce do.
    rf"{_REGULATORS}|Defense\s+Department",
    re.IGNORECASE,
)
# The same regulators as news names them, by name or by initials, in its headline or first sentence ("FCC
# grants AWS-3 licences", "The Nuclear Regulatory Commission issued ... a materials licence"). With no word of
# exports, sanctions or an embargo in the story, their licences, waivers and orders are their own trades'. The
# Pentagon is not among them: news of its arms sales often tells them without the word "export".
NEWS_REGULATOR = re.compile(rf"(?i:{_REGULATORS})|\b(?:FCC|FERC|NRC|FDA|FAA|NOAA|CBP|USTR|FinCEN)\b")
# Border officers' outbound inspections are the export laws' checks on what leaves ("officers conducting
# outbound (southbound) inspections"), whether or not the release says "export".
OUTBOUND_CHECKS = (
    r"\boutbound\s+(?:\([\w-]+\)\s+)?(?:inspections?|enforcement|operations?|examinations?|checks?|"
    r"screening)\b"
)
# A retransfer of U.S.-origin material abroad needs U.S. consent, as an export does.
EXPORT_MATTER = re.compile(
    rf"\b(?:re-?)?export|\bre-?transfer|\bsanction|\bembargo|{OUTBOUND_CHECKS}", re.IGNORECASE
)
# 10 CFR 110 is the NRC's export-control regulation (export and import of nuclear equipment and material):
# its licences are export licences, unlike the NRC's reactor and materials licences.
EXPORT_CFR = "10 CFR 110"
# Its notices of export-licence applications and its orders on exports often carry no CFR part at all, only
# the words; a transfer of control of its licences is a change of owner, even when an export licence is among
# them.
NRC = re.compile(r"Nuclear\s+Regulatory", re.IGNORECASE)
NRC_EXPORT = re.compile(
    r"\bexport\s+licen[cs](?:es?|ing)\b|\blicen[cs](?:es?|ing)(?:\s+authority)?\s+(?:to|authori[sz]ing|for)\s+"
    r"(?:the\s+)?exports?\b|"
    # An order that suspends a named exporter's shipments: "Suspending Exports of Certain Source Material".
    r"\b(?:suspend|revok|prohibit|halt)\w*\s+(?:the\s+|its\s+|all\s+)?exports?\b",
    re.IGNORECASE,
)
LICENCE_TRANSFER = re.compile(
    r"\btransfers?\s+of\s+(?:control\s+of\s+)?(?:[\w-]+\s+){0,2}licen[cs]es?\b", re.IGNORECASE
)
IN_AGENCIES = re.compile(
    r"Industry\s+and\s+Security|Foreign\s+Assets\s+Control|State\s+Department", re.IGNORECASE
)
OTHER_REGIMES = re.compile(
    r"\bSection\s+(?:232|301)\b|\bUFLPA\b|\bUyghur\s+Forced\s+Labor\b|\bCFIUS\b|"
    r"\bInformation\s+and\s+Communications\s+Technology\s+and\s+Services\b|\bunreliable\s+entit(?:y|ies)\s+list\b|"
    r"\bend-user\s+licen[cs]e\s+agreement\b|\bEULA\b|\btrade\s+deal\b|\bIndustrial\s+Base\b|"
    # A tariff code classifies goods for export controls too ("added their tariff code to its Russia
    # controls").
    r"\btariffs?\b(?!\s+(?:codes?|classifications?|numbers?|headings?|lines?))|"
    r"\bsupply\s+chains?\b|"
    # A power reactor's construction and operating licences are the NRC's licensing at home.
    r"\b(?:construction|operating)\s+(?:and\s+operating\s+)?licen[cs]es?\b|\bcombined\s+licen[cs]es?\b|"
    # Defense Production Act designations (scarce materials, hoarding) are industrial policy.
    r"\bDefense\s+Production\s+Act\b|"
    # The Energy Department's natural-gas export authorisations are energy policy, not export controls.
    r"\bNatural\s+Gas\s+Act\b|\bexports?\s+(?:of\s+)?(?:liquefied\s+)?natural\s+gas\b|"
    # "authorised Foo LNG to export up to 0.77 billion cubic feet a day of liquefied natural gas".
    r"\b(?:liquefied\s+natural\s+gas|LNG)\s+exports?\b|\bto\s+export\s+(?:[\w.,-]+\s+){0,8}?(?:of\s+)?(?:liquefied\s+natural\s+gas|LNG)\b",
    re.IGNORECASE,
)
# What follows a government that acts: its organs ("China's Commerce Ministry", "Belgium's Council of State",
# "Britain's Foreign Office").
_ORGAN = (
    # A plural name takes the bare apostrophe, and an organ's name may be hyphenated: "The Xlands'
    # Anti-Terrorism Council designated ...".
    r"(?:'s|’s|(?<=s)['’])?\s+(?:[\w-]+\s+){0,3}(?:[Mm]inistry|governments?|[Cc]abinet|[Mm]inisters|officials|leaders|(?-i:Office)|"
    # "Britain's Business Secretary Vince Foo said ..."
    # "Belgian minister resigns over export licence".
    r"ambassadors|regulator|(?-i:Court|Parliament|courts?|parliament|Council\s+of\s+State|Secretary|[Mm]inister|"
    # Its enforcers: "Tokyo police arrest ...", "Tokyo's Metropolitan Police Department arrested ...".
    r"[Pp]olice|[Pp]rosecutors|[Cc]ustoms|"
    # "Taiwan's Bureau of Foreign Trade on Sunday urged local firms ...", "Xland's Broadcasting Authority".
    # "Xland's National Energy Board approved ...": a board is a regulator too.
    r"Bureau\s+of|Authority|Board|"
    # "Britain's Department of Trade and Industry", "the European Community's Council".
    r"Department\s+of|Council|Commission|Treasury|"
    # "Xland's arms control committee reports its permits to MPs".
    r"[Cc]ommittee))\b"
)
# A headline's government acting under its own regime: "UK freezes assets of ...", "UK media regulator
# revokes ...", "Europeans Set Arms Embargo ...". Only lower-case words or a role may stand between, so a
# company named for its country ("China Mobile banned ...") is no government.
_ACTS = (
    r"(?:'s|’s)?(?:\s+(?:[a-z][\w-]*|gov(?:'|’)t|Foreign|Trade|Media|Ministers?|Officials|Leaders|Regulators?|Commission|"
    r"Government)){0,2}"
    # "Britain on July 6, 2020 made the first designations under its own regime"
    r"(?:\s+on\s+(?:(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:,\s+\d{4})?|\w+day))?"
    # "Britain was reported on July 22 to be speeding up its approval of arms licences"; a headline's verb
    # may be quoted ("UK 'clearing backlog' of arms licences").
    r"\s+(?:to\s+(?:be\s+)?)?['‘]?"
    r"(?i:freez(?:e|es)|froze|sanction(?:s|ed)?|impos(?:e|es|ed)|bans?|banned|blacklist(?:s|ed)?|adds?|added|"
    # "Brussels names six companies as gatekeepers": a headline's naming is a listing of its own.
    r"restrict(?:s|ed)?|curb(?:s|ed)?|tighten(?:s|ed)?|lists?|listed|names|designat(?:e|es|ed)|adopt(?:s|ed)?|"
    r"approv(?:e|es|ed)|unveil(?:s|ed)?|pass(?:es|ed)?|suspend(?:s|ed)?|revok(?:e|es|ed)|grant(?:s|ed)?|halt(?:s|ed)?|"
    r"den(?:y|ies|ied)|refus(?:e|es|ed)|issu(?:e|es|ed)|re-?impos(?:e|es|ed)|sets?|appl(?:y|ies|ied)|slaps?|slapped|"
    # "India lifts Nepal arms embargo", "UK cuts arms licences to Israel".
    r"lifts?|lifted|cuts?|ends?|ended|eas(?:e|es|ed)|relax(?:es|ed)?|loosen(?:s|ed)?|resum(?:e|es|ed)|renew(?:s|ed)?|"
    r"extend(?:s|ed)?|"
    # "Japan may strengthen its export control laws", "Xland has widened the catch-all controls in its
    # export-permit regime", "Xland to require export licences for electric cars".
    r"strengthen(?:s|ed)?|toughen(?:s|ed)?|amend(?:s|ed)?|revis(?:e|es|ed)|widen(?:s|ed)?|broaden(?:s|ed)?|"
    r"expand(?:s|ed)?|requir(?:e|es|ed)|"
    # "Britain to Sell Hawks to Indonesia": another state's own arms sale.
    r"sells?|sold|lets?|allow(?:s|ed)?|speed(?:s|ing)?\s+up|sped\s+up|clear(?:s|ed|ing)?|"
    # "India Becomes 35th Member of Missile Technology Control Regime": another state's own accession.
    r"becomes?|became|joins?|joined|"
    # "India updates its SCOMET export-control list", "Taipei tells exporters to screen buyers".
    r"updat(?:e|es|ed)|tells?|told|warns?|warned|urg(?:e|es|ed)|declar(?:e|es|ed)|"
    # "Xland overhauls export control law", "Yland licenses helicopter sales to Zland": its own controls
    # and its own licences.
    r"overhaul(?:s|ed)?|licen[cs](?:e|es|ed)|puts?|"
    # "EU publishes regulation phasing out Russian gas imports": its own law, published.
    # "Xland writes COCOM's control lists into its own export law".
    r"publish(?:es|ed)?|writ(?:e|es)|wrote|"
    # "Xland announced a new package of sanctions": its own measures, announced.
    r"announc(?:e|es|ed)|"
    r"made\s+(?:the\s+|its\s+)?(?:first\s+)?designations)\b"
    # A noun, not a verb: "Xland nonproliferation sanctions law widened" is a US law named for a country, and
    # so is a headline's "Xland Sanctions Act of 1990 ...".
    r"(?!\s+(?i:law|laws|act|bill|regimes?|programs?|programmes?|polic(?:y|ies)|regulations)\b)"
)
# Another state by its one-word forms ("A Dutch court", "the Xlandic President").
FOREIGN_DEMONYM = (
    "(?:"
    + "|".join(
        sorted(
            {f for name, forms in COUNTRIES.items() if name != "United States" for f in forms if f.isalpha()},
            key=len,
            reverse=True,
        )
    )
    + ")"
)
FOREIGN_ACTOR = re.compile(
    r"\b(?:China|Beijing|Japan|Tokyo|the\s+Netherlands|Dutch|Taiwan|South\s+Korea|Seoul|Britain|British|EU|"
    rf"European\s+(?:Union|Communit(?:y|ies))){_ORGAN}|\bMOFCOM\b|\bMETI\b|"
    # The Security Council's sanctions and embargoes are the United Nations', whoever voted for them.
    # "The U.N. Security Council on Tuesday, December 19, 2000 adopted Resolution 1333".
    r"\b(?:U\.N\.|UN|United\s+Nations)\s+Security\s+Council\s+(?:[\w,]+\s+){0,5}?(?:voted|adopted|imposed|"
    r"approved|agreed|passed|slapped|slaps|imposes|extended|extends)\b|"
    # Another state's export-licensing or financial-supervision body acts for its state: "Sweden's
    # Inspectorate of Strategic Products had decided not to grant the export licence", "The three European
    # Supervisory Authorities published a joint report".
    r"\b(?:Inspectorate\s+of\s+Strategic\s+Products|BAFA|Federal\s+Office\s+for\s+Economic\s+Affairs\s+and\s+Export\s+"
    r"Control|Export\s+Control\s+Joint\s+Unit|ECJU|Directorate\s+General\s+of\s+Foreign\s+Trade|DGFT|European\s+"
    r"Supervisory\s+Authorities|European\s+Banking\s+Authority|Maritime\s+and\s+Port\s+Authority\s+of\s+Singapore)\b|"
    # Another state's central bank freezing assets acts for that state: "The Bank of England froze the British
    # assets of 19 of the 24 people arrested".
    r"\b(?:Bank\s+of\s+(?:England|Japan|Canada|Korea|Israel|Italy|France|Spain|Greece)|Swiss\s+National\s+Bank|"
    r"(?:Deutsche\s+)?Bundesbank|Reserve\s+Bank\s+of\s+(?:India|Australia|New\s+Zealand))\s+(?:[\w,]+\s+){0,4}?"
    r"(?:froze|freezes|frozen|blocked|blocks|seized|seizes|listed|lists)\b|"
    # Its sanctions committees list and delist parties under its own resolutions ("Security Council 2374
    # Committee", "the U.N. Security Council committee that oversees the Mali sanctions regime").
    r"\bSecurity\s+Council\s+(?:\d+\s+|[Ss]anctions\s+)?[Cc]ommittee\b|"
    # Another state's leader by name, acting: "Putin signs law allowing countermeasures", "Xlandic President
    # Foo Bar signed decree No. 8 imposing sanctions".
    rf"^(?:(?:{FOREIGN_DEMONYM}\s+)?President\s+)?(?:Vladimir\s+|Volodymyr\s+|Alexander\s+|Aleksandr\s+|"
    r"Recep\s+Tayyip\s+)?(?:Putin|"
    r"Xi\s+Jinping|Lukashenko|Erdogan|Zelensky[iy]?)\s+(?:signs|signed|orders|ordered|decrees|decreed|bans|banned|"
    r"approves|approved|imposes|imposed|sanctions|sanctioned)\b|"
    rf"^{FOREIGN_DEMONYM}\s+President\s+(?:[A-Z][\w'’-]+\s+){{1,3}}(?:signs|signed|decrees|decreed|imposes|"
    r"imposed|sanctions|sanctioned)\b|"
    # The European Union's institutions by their own names: "The Council of the European Union adopted a new
    # package of restrictive measures".
    r"\b(?:Council|Commission)\s+of\s+the\s+European\s+Union\s+(?:[\w,]+\s+){0,5}?(?:adopted|adopts|imposed|"
    r"imposes|agreed|agrees|approved|approves|listed|lists|extended|extends|decided|decides)\b|"
    # ... and a multilateral regime's decisions are its members' together: "the 45 members of the Nuclear
    # Suppliers Group agreed to exempt India from the group's rule", whoever pressed for it.
    # "Wassenaar export-control group agrees to take in Xland".
    # "Wassenaar plenary takes in Xland as a new participating state". Its decisions on the control lists
    # themselves ("agreed to tighten controls over shoulder-fired missiles") are export-control news.
    r"\b(?:Nuclear\s+Suppliers\s+Group|NSG|Wassenaar(?:\s+Arrangement)?|Australia\s+Group)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:agreed|agrees|voted|votes|decided|decides|adopted|adopts|approved|approves)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:admit|accept|take\s+in|exempt|grant|waive|allow|let|welcome|lift|ease)|"
    r"granted|exempted|lifted|admitted|admits|takes\s+in|took\s+in|welcomed|welcomes|accepted|accepts)\b|"
    # "Brussels adds intrusion software to the EU dual-use list": the EU by its seat.
    # The World Trade Organization's rulings are its members' trade disputes: "WTO grants sanctions against
    # Xland".
    # "The European Union on February 28 put Foo Bar on its sanctions list".
    r"^(?:The\s+)?(?:UK|U\.K\.|Britain|EU|EC|Brussels|European\s+(?:Union|Communit(?:y|ies))|Europeans?|WTO|"
    r"World\s+Trade\s+Organi[sz]ation|"
    r"Canada|Australia|Japan|China|Beijing|Tokyo|Taiwan|"
    r"Taipei|"
    r"South\s+Korea|Seoul|the\s+Netherlands|Germany|France|Switzerland|Singapore|Turkey|Ankara|Russia|Moscow|"
    rf"India|New\s+Delhi|Israel|Ukraine|Kyiv|(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?){_ACTS}",
)
# The multilateral export-control regimes the United States belongs to, by name or acronym (the rules add the
# Australia Group's "AG", which only their context tells from a company's form).
REGIME_NAMES = (
    r"(?:Wassenaar|Australia\s+Group|Missile\s+Technology\s+Control\s+Regime|MTCR|Nuclear\s+Suppliers\s+Group|"
    r"(?-i:NSG))"
)
# A plenary of a regime is the regime's act, whoever hosts or chairs it ("chaired by ... of Japan's foreign
# ministry"); what a regime decides on its members (above) stays its own news.
# So is its working group's meeting, whoever reports it ("the British Foreign Office reported").
REGIME_PLENARY = re.compile(
    rf"\b{REGIME_NAMES}\b[^.;|]{{0,80}}?\b(?:[Pp]lenary|meeting|working\s+group)\b|"
    rf"\b[Pp]lenary\b[^.;|]{{0,40}}?\b{REGIME_NAMES}\b"
)
# Any other state by name or demonym as the subject that opens a headline or a first sentence ("Norway
# suspends arms exports", "Belgium's Council of State on March 9 ordered"). Only there: elsewhere a foreign
# government is as often a target ("freezes the assets of senior Burmese officials") or a source ("Iraqi
# officials told"), so the rules' vetoes keep the shorter list above.
OTHER_STATES = "|".join(
    re.escape(form).replace(r"\ ", r"\s+")
    for form in sorted(
        {f for name, forms in COUNTRIES.items() for f in (name, *forms)}, key=len, reverse=True
    )
)
# A sanctions law's import ban, whichever agency prints it ("Prohibition on Importation of Xlandic Gold",
# "Prohibiting the Importation of Timber From Xland"; the Kimberley Process's rough diamonds): Customs
# carries out Treasury's programme, so it is no other trade regime.
SANCTIONS_IMPORT_BAN = re.compile(
    rf"\b(?i:prohibit\w*)\b[^.;|]{{0,40}}?\b(?i:importation)\b[^.;|]{{0,120}}?"
    rf"(?:\b(?:{OTHER_STATES})\b|\b(?i:rough\s+diamonds)\b)"
)
# A first sentence may open with its date: "On April 5, 2023, Xland amended its regulations".
_DATED_OPENING = r"(?:On\s+(?:\w+day,?\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|\w+day),?\s+)?"
# A headline may carry a label first: "Law-firm note: Xland refused 65 export licences".
_LABEL = r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,2}:\s+)?"
# A capital stands for its government: "Paris's defence council approves arms exports to ...". The organ may
# come first, the state's or one of its provinces' ("The government of Xland's Foo province said ...").
# The euro area's central bank supervises its banks ("The European Central Bank withdrew the banking
# licence of ...").
FOREIGN_STATE = re.compile(
    # "A Xlandic government body placed five shipping firms on its own list."
    rf"^{_LABEL}{_DATED_OPENING}(?:The\s+|An?\s+)?(?:{OTHER_STATES}|{CAPITALS})(?:{_ORGAN}|{_ACTS})|"
    rf"^(?:The\s+)?(?:government|authorities)\s+of\s+(?:the\s+)?(?:{OTHER_STATES})\b|"
    r"^(?:The\s+)?(?:European\s+Central\s+Bank|ECB)\b"
)
# A court's ruling in a headline ("Judge rules Commerce encryption export rules unconstitutional", "Supreme
# Court upholds ban on material support") is the court's act, not an agency's; the corpus labels none.
COURT_ACTOR = re.compile(
    # "Ninth Circuit says export defendants cannot probe ...", "Appeals court revives export case ...".
    r"\b(?:judge|court|justices|jury|Circuit)\s+(?:\w+\s+)?(?:rules?|ruled|upholds?|upheld|strikes?|struck|throws?|threw|"
    r"says|said|revives?|revived|holds?|held|"
    r"blocks?|blocked|finds?|found|orders?|dismiss\w*|drops?|dropped|toss(?:es|ed)?|rejects?|rejected|backs?|sides?|halts?|bars?|clears?|refuses?|"
    # "International Court Requires U.S. to Sell Aircraft Parts to Xland".
    r"overturns?|reverses?|vacates?|annuls?|lifts?|voids?|voided|acquits?|acquitted|requires?|required)\b",
    re.IGNORECASE,
)
# A private party's lawsuit against the government ("Foo files suit against the State Department over
# encryption export ruling", "Bar sues Commerce over liability for export-rule breaches") is the plaintiff's
# act; the corpus labels none, unless the headline itself names the decision sued over ("Sues OFAC for
# Blocking Transaction, Denying License").
PRIVATE_SUIT = re.compile(
    r"\b(?:sues?|sued|suing|(?:files?|filed|filing)\s+(?:a\s+)?(?:suit|lawsuit|complaint))\b", re.IGNORECASE
)
# The government's own filers, whom a headline may name for it ("FBI agents file suit to seize ...").
GOVERNMENT_PLAINTIFF = re.compile(
    r"\bJustice\b|\bprosecutors?\b|\bAttorney\b|\bgovernment\b|\bFBI\b|\bagents\b|\bCustoms\b", re.IGNORECASE
)
# ... by verb or by noun ("sues the State Department over a blanket denial of its export licences").
DECISION_SUED_OVER = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ials?)|revo(?:k\w*|cations?)|block\w*|refus\w*)\b", re.IGNORECASE
)
# ... except a ruling on a defendant's new trial or extradition, which is the prosecution's next step ("Judge
# rejects a new trial bid by Foo", "Judge orders Bar extradited to face U.S. export charges"), not a ruling
# on the law. An extradition may be told as a hand-over: "court overturns decision to hand Foo to the U.S.".
PROSECUTION_STEP = re.compile(
    r"\bnew\s+trial\b|\bextradit\w*|\bhand(?:s|ed|ing)?\s+(?:over\s+)?(?:[\w.'’-]+\s+){1,4}?(?:over\s+)?to\s+"
    r"(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|Washington)(?!\w)",
    re.IGNORECASE,
)
# Another state's courts and enforcers by their own names, wherever the headline or the first sentence
# names them ("sentenced at the Old Bailey after an HM Revenue and Customs prosecution", "An Ontario Court of
# Justice judge convicted ..."): that state enforcing its own export law, unless the lead names the United
# States too (an extradition to face U.S. charges).
_FOREIGN_STATE = (
    "(?:"
    + "|".join(
        re.escape(name) for name in sorted(COUNTRIES, key=len, reverse=True) if name != "United States"
    )
    + ")"
)
# ... and by its one-word forms ("A Dutch court", "a Japanese court"), above.
FOREIGN_ENFORCER = re.compile(
    r"\b(?:Old\s+Bailey|Crown\s+Court|Crown\s+Prosecution\s+Service|Serious\s+Fraud\s+Office|"
    r"HM\s+Revenue\s+(?:and|&)\s+Customs|(?-i:HMRC)|Royal\s+Canadian\s+Mounted\s+Police|(?-i:RCMP)|"
    r"Canada\s+Border\s+Services\s+Agency|(?:Ontario|Quebec|Alberta|British\s+Columbia)\s+(?:Superior\s+|[Pp]rovincial\s+)?"
    r"[Cc]ourt|"
    # Another state's own sanctions or export law, broken: "pleaded guilty to breaching Xland's Special
    # Economic Measures (Iran) Regulations".
    rf"\b(?:breach\w*|violat\w*|contraven\w*)\s+(?:of\s+)?(?-i:{_FOREIGN_STATE})['’]s\s+(?:(?-i:[A-Z])[\w()-]*\s+){{1,6}}?"
    r"(?-i:Act|Regulations|Law)\b|"
    r"Court\s+of\s+(?:King|Queen)['’]s\s+Bench|Zollkriminalamt|Bundesgerichtshof|"
    # German and Austrian trial courts by their English names; no U.S. court is a "Regional Court".
    r"(?:Higher\s+)?Regional\s+Court|"
    # The United Kingdom's sanctions offices.
    r"Office\s+of\s+(?:Financial|Trade)\s+Sanctions\s+Implementation|(?-i:OFSI|OTSI)|"
    # The Commonwealth's lower courts and Hong Kong's customs: "fined at the Eastern Magistrates' Courts".
    r"Magistrates['’]\s+Courts?|Customs\s+and\s+Excise\s+Department|"
    # Another state's customs service by its name: "quoting Singapore Customs".
    rf"(?-i:{_FOREIGN_STATE})\s+(?-i:Customs)\b|"
    # A court named for another state: "pleaded guilty in a Singapore District Court", "A Dutch court in
    # Rotterdam sentenced ...".
    rf"(?-i:{_FOREIGN_STATE})\s+(?:District|High|Supreme|State|Criminal|Regional|Magistrates['’]?)\s+Court|"
    rf"(?-i:{FOREIGN_DEMONYM})\s+(?:(?:district|appeals?|high|supreme|regional|criminal|federal)\s+)?court\b|"
    # Other states' export-control statutes by their own names: Germany's, Japan's, Britain's, Singapore's,
    # Malaysia's.
    r"Foreign\s+Trade\s+and\s+Payments\s+(?:Act|Ordinance)|Foreign\s+Exchange\s+and\s+Foreign\s+Trade\s+"
    r"(?:Control\s+)?(?:Act|Law)|Customs\s+and\s+Excise\s+Management\s+Act|War\s+Weapons\s+Control\s+Act|"
    r"Strategic\s+Goods\s+\(Control\)\s+Act|Strategic\s+Trade\s+Act|"
    # Another state's own law named as the one broken: "exported them without a licence under section 34 of
    # Xland's Foreign Trade and Payments Act".
    r"(?:under|violat\w*|breach\w*|contraven\w*)\s+(?:(?:section|article|paragraph)\s+[\w()]+\s+of\s+)?(?:the\s+)?"
    rf"(?-i:{_FOREIGN_STATE})['’]s\s+(?-i:(?:[A-Z][\w-]*\s+|and\s+|of\s+){{1,6}}?)(?:Act|Law|Code|Ordinance))\b",
    re.IGNORECASE,
)
# Another state's parliament at work ("a question answered in the House of Commons", "a Bundestag debate"):
# its questions, answers and debates decide nothing of ours, whatever U.S. law they discuss.
# A person described by a seat there ("a former gymnast and State Duma member") is no proceeding.
# A chamber's step on a bill ("Senate passes bill requiring Commerce to report ...") sets nothing until the
# bill is law; a law enacted ("signed into law", "over a veto") is the rules' to read.
_CHAMBER = r"\b(?:House|Senate)\s+(?:[\w-]+\s+){0,2}?"
_CHAMBER_STEPS = (
    r"votes?|voted|passes|passed|approves|approved|backs|backed|takes\s+up|took\s+up|debates|debated|advances|"
    r"advanced"
)
# A headline on one chamber's step: "House votes to withhold ...", "Senate passes bill to bar ...", "House
# takes up bill to bar ...".
ONE_CHAMBER = re.compile(rf"{_CHAMBER}(?:{_CHAMBER_STEPS})\b")
BILL_STEP = re.compile(
    rf"{_CHAMBER}(?i:{_CHAMBER_STEPS})\b[^|]{{0,80}}?\b(?i:bill|measure|legislation|amendment)s?\b"
)
# A headline on a bill brought in ("Senator Foo Introduces Bill to Add Genetic Technology to the Export
# Control List"): a proposal, whatever it would do.
BILL_INTRODUCED = re.compile(
    r"\b(?:introduc|unveil|fil)(?:es|ed|ing)\s+(?:a\s+|new\s+|bipartisan\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:bill|legislation)\b",
    re.IGNORECASE,
)
ENACTED = re.compile(
    r"\bsign(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?into\s+law\b|\bover(?:rode|ride|ridden|riding)\b[^.;]{0,60}\bveto\b|"
    r"\bbecame\s+law\b|\benacted\b",
    re.IGNORECASE,
)
FOREIGN_LEGISLATURE = re.compile(
    r"\b(?:House\s+of\s+(?:Commons|Lords)|(?:the|a)\s+Commons|Bundestag|Bundesrat|Knesset|"
    r"State\s+Duma|Lok\s+Sabha|Rajya\s+Sabha|Dail|(?:National|Federal)\s+Diet)\b"
    r"(?!\s+(?:members?|deputy|deputies|lawmakers?|legislators?|MPs?|seats?)\b)"
)
# A member's or an officer's seat names the person, not the house acting: "a deputy chairman of Xland's
# State Duma", "a speaker of the Knesset".
_SEAT_IN = re.compile(
    r"\b(?:member|deputy|chair(?:man|woman)?|speaker|(?:vice[- ])?president|head|leader|MP)\s+"
    r"of\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?$"
)
# A bribery case under the Foreign Corrupt Practices Act, or a theft of trade secrets, is another law's
# enforcement, unless the story names an export-control or sanctions violation beside it.
OTHER_LAWS = re.compile(
    r"\bForeign\s+Corrupt\s+Practices\s+Act\b|\bFCPA\b|\btrade\s+secrets?\b|\bEconomic\s+Espionage\s+Act\b|"
    # The wildlife and plant trade law: "violated the Lacey Act by illegally importing ebony".
    r"\bLacey\s+Act\b"
)
EXPORT_LAWS = re.compile(
    r"\bexport[- ]controls?\b|\bsanctions\b|\bembargo|\bArms\s+Export\s+Control\s+Act\b|\bIEEPA\b|"
    r"\bInternational\s+Emergency\s+Economic\s+Powers\b|\bTrading\s+with\s+the\s+Enemy\b|\bexport\s+licen[cs]",
    re.IGNORECASE,
)
# A stock exchange or index provider as the headline's subject: listing and delisting shares is a market's
# decision, even when it cites OFAC guidance on an investment ban ("NYSE reverses plan to delist ...").
MARKET_ACTOR = re.compile(
    r"^(?:The\s+)?(?:NYSE|New\s+York\s+Stock\s+Exchange|Nasdaq|MSCI|FTSE(?:\s+Russell)?|S&P\s+Dow\s+Jones|"
    r"Hong\s+Kong\s+(?:Stock\s+)?Exchange|London\s+Stock\s+Exchange|index\s+providers?)\b"
    # An exchange that pays a penalty is a party to an enforcement case: "Nasdaq pays $4 million to settle".
    r"(?!\s+(?:\w+\s+)?(?:pays|paid|settles|settled|fined|agrees\s+to\s+pay|agreed\s+to\s+pay)\b)",
    re.IGNORECASE,
)
# Paperwork Reduction Act notices ask the public about a form's burden, and Privacy Act notices describe an
# agency's system of records; they change no rule or list.
RULE_TYPES = frozenset({"RULE", "PRORULE"})
PAPERWORK = re.compile(
    r"\bInformation\s+Collections?\b|\bComment\s+Request\b|\bPrivacy\s+Act\s+of\s+1974\b|"
    r"\bReporting\s+(?:or|and)\s+Recordkeeping\s+Requirements\b|\bSubmittal\s+to\s+(?:the\s+)?Office\s+of\s+Management\s+and\s+Budget\b|"
    r"\bSystems?\s+of\s+Records\b",
    re.IGNORECASE,
)
# "exports to the United States" names a destination, not who acts.
# Nor does "amid U.S. tech tension", the setting of another government's act.
_NOT_DESTINATION = (
    r"(?<!to\sthe\s)(?<!from\sthe\s)(?<!against\sthe\s)(?<!on\sthe\s)(?<!with\sthe\s)(?<!amid\s)"
)
# Headlines drop the article: "exports to US".
_NOT_BARE_DESTINATION = r"(?<!to\s)(?<!from\s)(?<!against\s)(?<!on\s)(?<!with\s)(?<!into\s)"
# Companies or people named by their nationality ("six U.S. defence companies", "American executives") are a
# foreign measure's targets, not the United States acting.
_NATIONALITY = (
    r"\s+(?:(?:defen[cs]e|arms|aerospace|military|weapons|drone|technology|tech|chip|semiconductor|energy|oil|"
    r"gas|natural\s+gas|LNG|grain|farm)\s+)?"
    # ... and so are its goods: "Xland approves U.S. gas exports by Foo".
    # One of them as well: "after the painting's U.S. buyer declined".
    r"(?:compan(?:y|ies)|firms?|makers?|manufacturers?|contractors?|suppliers?|executives?|businesses|individuals?|"
    r"citizens?|nationals?(?!\s+security)|exports|imports|buyers?|customers?)\b|"
    # ... and a paper's home is no actor either: "a U.S. trade-law daily reported".
    r"\s+(?:[\w-]+\s+)?(?:newspapers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|media|outlets?|broadcasters?|"
    r"news\s+agenc(?:y|ies)|wire\s+services?)\b"
)
_NOT_NATIONALITY = rf"(?!{_NATIONALITY})"
US_TARGETS = re.compile(rf"\b(?:U\.\s?S\.|US|American)(?={_NATIONALITY})")
# The states of the union, where a defendant is sent to face a federal court.
US_STATES = (
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|"
    r"Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming"
)
US_ACTOR = re.compile(
    # "a U.S.-drafted resolution" is another body's act that the United States wrote; "the UK subsidiary of a
    # U.S.-headquartered supplier" names a company's home, not an actor.
    rf"{_NOT_DESTINATION}\bU\.\s?S\.(?!-(?:drafted|backed|sponsored|proposed|brokered|led|headquartered|based|owned|"
    rf"born|listed)\b){_NOT_NATIONALITY}|"
    rf"{_NOT_DESTINATION}\bUnited\s+States\b|\bWashington\b|"
    # A headline's "US signs ...": the initials without stops, but not as a destination ("exports to US"), nor
    # as a currency ("fined about US$14,500").
    # "Her Majesty's Treasury", "Britain's Treasury" and "the UK Treasury" are the United Kingdom's.
    rf"{_NOT_DESTINATION}{_NOT_BARE_DESTINATION}\bUS\b(?![-$])|"
    rf"\bAmerican\b{_NOT_NATIONALITY}|\bCommerce\s+Department\b|\bBIS\b|"
    r"\bBureau\s+of\s+Industry\s+and\s+Security\b|(?<!HM\s)(?<!Majesty's\s)(?<!Majesty’s\s)(?<!Britain's\s)(?<!Britain’s\s)(?<!UK\s)(?<!U\.K\.\s)"
    # Turkey's "Treasury and Finance Ministry" is its own.
    r"(?<!British\s)(?<!Turkish\s)\bTreasury\b(?!\s+and\s+Finance\b)|\bOFAC\b|\bState\s+Department\b|"
    r"\b(?:Biden|Trump|Obama)\b|"
    # A defendant sent to the United States faces its prosecution, whichever court abroad let him go: "can be
    # extradited to Texas to face charges of trying to export batteries".
    rf"\bextradit\w*\s+to\s+(?:the\s+United\s+States|the\s+U\.\s?S\.|US|{US_STATES})\b",
)
# Naming any of these keeps a document in scope, whatever else it mentions.
US_AUTHORITY = re.compile(
    r"(?<!UFLPA\s)(?<!UFLPA\)\s)(?<!Prevention\sAct\s)\bEntity\s+List\b|\bExport\s+Administration\s+Regulations\b|\bEAR\b|"
    r"\bOFAC\b|\bOffice\s+of\s+Foreign\s+Assets\s+Control\b|\bSDN\b|\bSpecially\s+Designated\b|\bITAR\b|"
    r"\bUnverified\s+List\b|\bDenied\s+Persons\b|\bGlobal\s+Magnitsky\b|"
    # "a U.S. Commerce Department licence to supply Huawei", however much the story says about supply chains.
    r"\bU\.S\.\s+(?:Commerce\s+Department\s+|Treasury\s+|government\s+)licen[cs]es?\b|"
    r"\bU\.S\.\s+(?:export\s+(?:controls?|licen[cs]es?|rules|"
    r"restrictions)|(?:secondary\s+|financial\s+|economic\s+)?sanctions|trade\s+blacklist|(?:(?:trade|arms)\s+)?embargo\b)|"
    r"\b(?:trade|export)\s+blacklist\b|\blicen[cs]e\s+requirements?\s+for\s+exports?\b|"
    # The U.S. Treasury acting on its sanctions list is sanctions, whatever tariff the story also tells of:
    # "The U.S. Treasury ... removed several allies of Xland's rulers from its sanctions list".
    r"\bU\.\s?S\.\s+(?:Department\s+of\s+the\s+)?Treasury\b[^.;|]{0,160}?\bits\s+sanctions\s+list\b|"
    # Licence review policy is the EAR's own vocabulary: no tariff or investment regime has one.
    r"\blicen[cs]e\s+review\s+polic(?:y|ies)\b|\bpresumption\s+of\s+denial\b|"
    # ... and arms transfer policy the ITAR's, however much it says of the defence industrial base.
    r"\bConventional\s+Arms\s+Transfers?\s+[Pp]olic|\bpolic(?:y|ies)\s+on\s+(?:the\s+)?transfers?\s+of\s+conventional\s+arms\b|"
    # A U.S. agency deciding on licences is export control, however much the story says about tariffs.
    r"\b(?:U\.S\.|Commerce(?:\s+Department)?|BIS|Washington|Treasury|OFAC)\s+(?:\w+\s+){0,2}(?:suspends|suspended|revokes|"
    r"revoked|grants|granted|denies|denied|halts|halted|approves|approved|freezes|froze)\s+(?:[\w-]+\s+){0,3}?"
    r"licen[cs]es?\b",
)


# A sentence ends at a stop before a capital, but not after an initialism ("The U.N. Security Council") or a
# title ("Gen. Foo"), which would cut the first sentence before its verb.
TITLES = ("Mr", "Ms", "Dr", "St", "No", "Jr", "Sr", "Lt", "Gen", "Col", "Sgt", "Rep", "Sen", "Gov")
# A lead's first sentence also runs past a company's "Co." (each lookbehind needs one width).
_TWO = "|".join(t for t in (*TITLES, "Co") if len(t) == 2)
_THREE = "|".join(t for t in TITLES if len(t) == 3)
SENTENCE_END = re.compile(
    rf"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b(?:{_TWO})\.)(?<!\b(?:{_THREE})\.)"
    r"\s+(?=[A-Z])"
)


def regime_led(document: DocumentSeen) -> bool:
    """Whether a news headline names a multilateral regime (or "missile regime"): the regime's own story. An
    agency's rule implementing a regime's decision is the agency's."""
    named = re.search(rf"\b{REGIME_NAMES}\b|\b[Mm]issile\s+regime\b", document.title)
    return not document.agencies and named is not None


def _hosts_a_plenary(lead: str, match: re.Match[str]) -> bool:
    """Whether the foreign government found only hosts or chairs a plenary of a regime the US belongs to."""
    return bool(REGIME_PLENARY.search(lead)) and not re.search(REGIME_NAMES, match.group(0))


# The U.S. acting on a parliament or its members before naming it sanctions it: "OFAC sanctioned 328 members
# of Russia's State Duma and the State Duma itself". Its sanctions in the possessive ("in retaliation for
# Washington's sanctions on 328 members of the State Duma") are another state's cause.
# A headline's present tense stands right after its actor ("US sanctions 300 members of ...").
_SANCTIONS_VERB = re.compile(r"\b(?:sanctioned|designated|blacklisted|targeted|blocked|froze)\b")
_HEADLINE_VERB = re.compile(r"\s+(?:sanctions|blacklists|designates|targets)\b")


def _us_sanctions(text: str, start: int, end: int) -> bool:
    """Whether a U.S. actor, not in the possessive, sanctions someone between `start` and `end` of `text`."""
    return any(
        not text.startswith(("'s", "’s"), actor.end())
        and (_HEADLINE_VERB.match(text, actor.end()) or _SANCTIONS_VERB.search(text, actor.end(), end))
        for actor in US_ACTOR.finditer(text, start, end)
    )


def _legislature(lead: str) -> re.Match[str] | None:
    """Another state's legislature named as itself in `lead`, not as the seat of a person."""
    return next(
        (
            m
            for m in FOREIGN_LEGISLATURE.finditer(lead)
            if not _SEAT_IN.search(lead, max(0, m.start() - 60), m.start())
        ),
        None,
    )


def out_of_scope(document: DocumentSeen) -> str | None:
    """Why a document is outside the taxonomy, or None when it may carry tags."""
    if document.screening_change is not None:
        return None
    # A rule that consolidates a programme's information collections into its regulations is a regulation.
    if document.document_type not in RULE_TYPES and (match := PAPERWORK.search(document.title)):
        return f"a paperwork notice: {match.group(0)!r}"
    first = SENTENCE_END.split(document.text or "", maxsplit=1)[0]
    # Fields apart, so that a headline's last words never run into the first sentence ("... in the
    # Netherlands" + "The Nuclear Regulatory Commission" is no Dutch regulator).
    lead = " | ".join((document.title, first))
    if not document.agencies:
        # Each is read on its own: a headline or a first sentence may open with the government that acts.
        found = (p.search(t) for p in (FOREIGN_ACTOR, FOREIGN_STATE) for t in (lead, first))
        match = next((m for m in found if m), None)
        # A headline opening with another state acting on U.S. targets ("China sanctions six U.S. defence
        # companies") is that state's, whatever U.S. act its first sentence recalls as the cause.
        headline = FOREIGN_STATE.search(document.title)
        if headline and US_TARGETS.search(document.title) and not US_ACTOR.search(document.title):
            return f"another government's own controls: {headline.group(0)!r}"
        if match and not US_ACTOR.search(lead) and not _hosts_a_plenary(lead, match):
            # A news story led by another government is that government's, even where it later names the
            # U.S. Entity List as background ("... a day after Washington added 140 companies").
            return f"another government's own controls: {match.group(0)!r}"
    if not document.agencies and (match := FOREIGN_ENFORCER.search(lead)) and not US_ACTOR.search(lead):
        return f"another government's own enforcement: {match.group(0)!r}"
    if (
        not document.agencies
        and (match := _legislature(lead))
        and not _us_sanctions(lead, lead.rfind("|", 0, match.start()) + 1, match.start())
    ):
        return f"another parliament's proceedings: {match.group(0)!r}"
    if not document.agencies:
        for pattern, reason in (
            (BILL_STEP, "a chamber's step on a bill"),
            (BILL_INTRODUCED, "a bill introduced"),
        ):
            if (match := pattern.search(document.title)) and not ENACTED.search(
                " | ".join((document.title, document.text or ""))
            ):
                return f"{reason}: {match.group(0)!r}"
    if not document.agencies and (match := MARKET_ACTOR.search(document.title)):
        return f"a market's listing decision: {match.group(0)!r}"
    if (
        not document.agencies
        and (match := COURT_ACTOR.search(document.title))
        and not PROSECUTION_STEP.search(document.title)
    ):
        return f"a court's ruling: {match.group(0)!r}"
    if (
        not document.agencies
        and (match := PRIVATE_SUIT.search(document.title))
        and not US_ACTOR.search(plaintiff := document.title[: match.start()])
        and not GOVERNMENT_PLAINTIFF.search(plaintiff)
        and not DECISION_SUED_OVER.search(document.title)
    ):
        return f"a private lawsuit: {match.group(0)!r}"
    text = document.text or (document.body or "")[:20_000]
    prose = " | ".join((document.title, document.action or "", text))
    if document.cfr_parts and all(IMPORT_CFR.match(part) for part in document.cfr_parts):
        return f"firearms import regulations, not export controls ({', '.join(document.cfr_parts)})"
    if US_AUTHORITY.search(prose) or SANCTIONS_IMPORT_BAN.search(prose):
        return None
    if document.cfr_parts and all(OUT_CFR.match(part) for part in document.cfr_parts):
        return f"CFR parts outside export controls and sanctions ({', '.join(document.cfr_parts)})"
    if not document.agencies and (match := NEWS_REGULATOR.search(lead)) and not EXPORT_MATTER.search(prose):
        return f"a regulator's own trade: {match.group(0)!r}"
    agencies = "; ".join(document.agencies)
    own_exports = set(document.cfr_parts) == {EXPORT_CFR} or (
        bool(NRC.search(agencies)) and bool(NRC_EXPORT.search(prose)) and not LICENCE_TRANSFER.search(prose)
    )
    if agencies and OUT_AGENCIES.search(agencies) and not IN_AGENCIES.search(agencies) and not own_exports:
        return f"agency outside export controls and sanctions ({agencies})"
    if match := OTHER_REGIMES.search(prose):
        return f"another US trade regime: {match.group(0)!r}"
    if (match := OTHER_LAWS.search(prose)) and not EXPORT_LAWS.search(prose):
        return f"another law's enforcement: {match.group(0)!r}"
    if IN_AGENCIES.search(agencies):
        return None
    # The government in the headline and the first sentence is the story's subject; the US named later is
    # background ("... seen as a response to U.S. curbs").
    for words in (lead, prose):
        if (
            (match := FOREIGN_ACTOR.search(words))
            and not US_ACTOR.search(words)
            and not _hosts_a_plenary(lead, match)
        ):
            return f"another government's own controls: {match.group(0)!r}"
    return None
