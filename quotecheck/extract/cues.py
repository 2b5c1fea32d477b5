"""Rule tables for quote and speaker extraction: cue verbs, titles, pronouns, quote marks, heads.

Everything here is data; quotes.py and speakers.py compile it once at import. Words are
matched on the typographically folded text (see normalize.fold), so ' and " are ASCII here.
"""

from __future__ import annotations

from quotecheck.extract.numbers import WEEKDAYS

# --- quote marks ------------------------------------------------------------------------
# Each opening mark with the closing marks that end it.  "Double" family marks make the
# outer level of a quotation in most styles; "single" family marks are either nested inside
# a double quote or (British style) the outer level.  Straight marks are decided by context.
DOUBLE_PAIRS: dict[str, str] = {
    '"': '"\u201d',
    "\u201c": '\u201d\u201c"',  # “ ... ” (English), “ ... “ and “ ... " (sloppy)
    "\u201e": '\u201c\u201d"',  # „ ... “ (German, Czech) or „ ... ” (Polish, Romanian)
    "\u00ab": "\u00bb",  # « ... » (French, Russian, Ukrainian)
    "\u00bb": "\u00ab",  # » ... « (German, Danish)
    "\u201d": "\u201d",  # ” ... ” (Swedish, Finnish)
}
SINGLE_PAIRS: dict[str, str] = {
    "'": "'\u2019",
    "\u2018": "\u2019\u2018'",  # ‘ ... ’
    "\u201a": "\u2018\u2019",  # ‚ ... ‘ (German)
    "\u2039": "\u203a",  # ‹ ... ›
    "\u203a": "\u2039",  # › ... ‹
}
# Marks that only ever open a quotation (when they are not apostrophes).
OPEN_ONLY = "\u201c\u201e\u00ab\u2018\u201a\u2039"
DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
SINGLE_MARKS = "'\u2018\u2019\u201a\u2039\u203a"

# --- cue verbs ---------------------------------------------------------------------------
# Verbs that attribute a direct quote ("...," Stoltenberg said / said Stoltenberg).
QUOTE_VERBS = """
said says say told tells tell added adds stressed stresses noted notes warned warns urged urges
announced announces accused accuses insisted insists called calls asked asks wrote writes tweeted
tweets posted continued continues explained explains argued argues claimed claims declared declares
emphasized emphasised emphasizes emphasises underlined underscored remarked replied replies
responded answered observed commented recalled recalls admitted admits acknowledged acknowledges
confirmed confirms conceded agreed cautioned predicted promised vowed pledged demanded suggested
suggests maintained contended countered complained lamented concluded assured reiterated repeated
condemned described spoke speaks told reaffirmed threatened joked shouted yelled whispered
slammed hailed branded dubbed labelled labeled dismissed blasted billed termed touted
mused quipped boasted conceded testified chanted chanting chant chants concludes conclude saying insisting
warning vowing pledging promising arguing claiming accusing describing urging adding
warn insist argue urge admit explain accuse suggest predict concede complain contend acknowledge
""".split()
# Verbs that introduce reported speech without "that" ("Kuleba said Russia was ...").
REPORT_VERBS_BARE = """
said says say told tells added adds noted notes warned warns insisted insists claimed claims argued
argues confirmed confirms assured assures believes believed explained reported reports revealed
admitted saying insisting warn insist argue admit explain alleging claiming warning
""".split()
# Verbs that introduce reported speech only with an explicit "that".
REPORT_VERBS_THAT = """
stressed stresses emphasized emphasised emphasizes underlined underscored announced announces
acknowledged conceded predicted suggested suggests maintained contended agreed recalled
reiterated repeated cautioned concluded conclude concludes declared declares wrote writes tweeted
observed estimated posted arguing suggest predict concede acknowledge contend replied responded
answered countered alleged disclosed testified noting lamented promised complained
""".split()
# Words allowed between a subject and its cue verb: "Ryabkov also said", "he has repeatedly warned".
CUE_ADVERBS = """
also later then earlier previously again recently repeatedly separately further reportedly once
has have had would will had already subsequently publicly privately directly frankly bluntly
nonetheless nevertheless still even
""".split()
# Multi-word attributions with no speech verb of their own.
ACCORDING_TO = "according to"
STATEMENT_CUES = """
in a joint statement|in a statement|in a written statement|in a read-out|in a readout|in an interview
|in a tweet|in a post|in a televised address|in a speech|in remarks|in comments
""".replace("\n", "").split("|")
# Documents that report words without being speakers: "according to a read-out from ...".
DOCUMENT_NOUNS = """
read-out readout statement report reports transcript estimates estimate data figures document
documents release letter memo survey poll study analysis records record reading summary
""".split()

# --- pronouns and gender ----------------------------------------------------------------
PERSON_PRONOUNS = {"he": "m", "she": "f"}
# Pronouns that reveal a person's gender when they follow a mention of that person.
GENDERED_PRONOUNS = {
    **dict.fromkeys(("he", "his", "him", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
# Honorifics that state a gender ("Ms Chandran", "Sir Keir"); ranks and "Dr" do not.
GENDERED_HONORIFICS = {
    **dict.fromkeys(("Mr", "Mr.", "Sir", "Lord", "King", "Prince", "Sheikh", "Father", "Brother"), "m"),
    **dict.fromkeys(
        ("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Dame", "Lady", "Queen", "Princess", "Sister"), "f"
    ),
}
# Person nouns that state a gender: an unnamed "woman in the queue" is a later "she".
GENDERED_NOUNS = {
    **dict.fromkeys(
        """man boy father dad son husband brother grandfather chairman spokesman businessman
        congressman councilman sportsman""".split(),
        "m",
    ),
    **dict.fromkeys(
        """woman girl mother mum daughter wife sister grandmother chairwoman spokeswoman
        businesswoman congresswoman councilwoman sportswoman""".split(),
        "f",
    ),
}
# Common first names that tell a gender, the weakest evidence: an honorific, a gendered title or the
# pronouns near a mention win. Names given to both (Alex, Jordan, Sam, Jean, Andrea, Nicola, Kim ...)
# are left out on purpose.
FIRST_NAMES_MALE = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin
Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Douglas
Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Terry Sean Arthur Noah
Lawrence Bryan Albert Dylan Bruce Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent
Russell Louis Philip Bobby Johnny Bradley Tom Tim Ben Dan Dave Mike Jim Bill Bob Steve Greg Ian
Colin Neil Graham Gareth Rhys Owen Callum Liam Connor Declan Ciaran Eoin Seamus Fergus Hamish Angus
Hugh Nigel Simon Martin Craig Stuart Gordon Malcolm Duncan Alistair Rory Hans Klaus Jürgen Stefan
Wolfgang Heinrich Pierre Jacques François Luc Marco Luca Giovanni Giuseppe Francesco Antonio Carlos
José Luis Javier Miguel Pedro Diego Pablo Sergio Ivan Dmitry Sergei Sergey Alexei Vladimir Mikhail
Andrei Oleksandr Dmytro Volodymyr Mohammed Muhammad Ahmed Omar Hassan Hussein Ibrahim Yusuf Mustafa
Rajesh Rahul Amit Arjun Vikram Sanjay Hiroshi Takashi Kenji Kwame Kofi Emeka Chinedu Marcus Lucas
Oliver Harry Charlie Jake Luke Max Leo Oscar Isaac Toby Felix Hugo Theo Matteo Lorenzo Alessandro
""".split()
FIRST_NAMES_FEMALE = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Hannah Jacqueline Martha Gloria
Teresa Ann Anne Sara Frances Kathryn Janice Abigail Alice Julia Judy Sophia Grace Denise Amber Doris
Marilyn Danielle Beverly Isabella Theresa Diana Natalie Charlotte Marie Kayla Lori Jane Claire Fiona
Siobhan Siobhán Niamh Aoife Sinead Sinéad Mairead Orla Bronwen Rhian Cerys Sian Eilidh Morag Kirsty
Shona Gemma Chloe Lucy Sophie Ellie Leanne Louise Joanne Tracey Natasha Katie Zoe Anja Ingrid Birgit
Ursula Petra Claudia Sabine Monika Camille Isabelle Nathalie Giulia Francesca Chiara Elena Sofia
Lucia Carmen Ana Isabel Paula Marta Olga Natalia Tatiana Irina Svetlana Yulia Oksana Fatima Aisha
Layla Zainab Priya Anjali Sunita Lakshmi Yuki Aiko Ngozi Chiamaka Abena Amelia Isla Ava Mia Freya
Poppy Ruby Evie Daisy Rosie Lily Holly Bethany Naomi Esther Miriam Rosa Elsa Greta Astrid Sigrid
Lena Leonie Nadia Yasmin Leila Amira Ines Beatriz Valentina Camila Gabriela Daniela Adriana Mariana
""".split()
FIRST_NAME_GENDER = {**dict.fromkeys(FIRST_NAMES_MALE, "m"), **dict.fromkeys(FIRST_NAMES_FEMALE, "f")}
# Honorifics: courtesy forms before a name, never a job title ("Mr Price" has no title "Mr").
HONORIFICS = """
Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Dr Dr. Sir Dame Madam
""".split()
# Nouns after a possessive subject that make the owner the speaker: "Smith's response: ...".
SPEECH_NOUNS = """
answer answers response reply retort message verdict words comment comments reaction view advice
assessment explanation warning position statement remarks message plea promise pledge
""".split()
# How a standfirst names the interviewer: "She spoke to Lukas Berndt", "talked to reporter X".
INTERVIEWER_CUES = """
spoke to|spoke with|speaks to|speaks with|talked to|talked with|talks to|talks with|interviewed by
|in an interview with|in conversation with|was asked by|questions from|sat down with|interview by
|questions by
""".replace("\n", "").split("|")
GROUP_PRONOUNS = {"they"}
ORG_PRONOUNS = {"it"}

# --- titles -----------------------------------------------------------------------------
# Capitalised words that form a title before a name ("NATO Secretary General Jens
# Stoltenberg"); a person's name is what follows the last of them in a capitalised run.
TITLE_HEADS = """
President Prime Minister Secretary General Deputy Chancellor Spokesman Spokeswoman Spokesperson
Senator Sen. Rep. Representative Gov. Governor Mayor Ambassador Envoy Commander Chief Colonel Col.
Lieutenant Lt. Major Maj. Gen. Admiral Adm. Sergeant Sgt. Captain Capt. Brigadier Marshal Director
Chairman Chairwoman Chair Head Leader King Queen Prince Princess Pope Cardinal Archbishop Bishop
Rev. Reverend Judge Justice Attorney Attorney-General CEO Executive Officer Professor Prof. Prof Dr.
Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame Lord Lady Speaker Commissioner Councillor Councilman
Councilwoman Inspector Superintendent Detective Coach Manager Founder Analyst Economist Adviser
Advisor Counselor Sheikh Emir Premier Minister-President Secretary-General Commander-in-Chief
Colonel-General Lieutenant-General Major-General Undersecretary Representative Spokesman Treasurer
Cllr Cllr. Cr Cr. Congressman Congresswoman Alderman Magistrate Sheriff Coroner Chairperson Member
Comrade Alhaji Alhaja Imam Rabbi Datuk Dato Datin Councilor Madam CFO COO CTO Nana Sister Brother
Constable Nanay Tatay
Collector
Councilmember Assemblymember
""".split()
# Words that make a title only with a head: "Foreign Minister", "National Security Adviser", "Acting Chief".
TITLE_MODIFIERS = """
Vice Foreign Defence Defense Press State Affairs Interior Finance Economy Health Education Treasury
Home Trade Energy Environment Agriculture Labour Labor Culture Transport Security National Homeland
Public Crown Presidential Acting Former Senior Assistant Under Permanent Special Supreme Grand Pro
Tem
""".split()
TITLE_WORDS = TITLE_HEADS + TITLE_MODIFIERS
# Party words: "Liberal Democrat", "Republican" name a party or its members, never a person.
PARTY_WORDS = """
Democrat Democrats Democratic Republican Republicans Conservative Conservatives Tory Tories Labour
Liberal Liberals Socialist Socialists Communist Communists Nationalist Nationalists Unionist Unionists
Independent Independents
""".split()
# Letters after a name that are no part of it: "Mhairi Galbraith MSP", "Dame Ann Kerr DBE".
POST_NOMINALS = """
MP MPs MSP MS MLA MEP AM TD QC KC SC OBE MBE CBE DBE KBE PhD MD Jr Jr. Sr Sr. III
""".split()
# Nationality and institution words that may lead a title ("Ukrainian Foreign Minister").
TITLE_PREFIXES = """
NATO UN U.N. EU E.U. US U.S. UK U.K. G7 G20 OSCE IMF WHO American British English French German
Italian Spanish Russian Ukrainian Belarusian Polish Lithuanian Latvian Estonian Finnish Swedish
Norwegian Danish Dutch Belgian Swiss Austrian Czech Slovak Hungarian Romanian Bulgarian Greek
Turkish Georgian Armenian Chinese Japanese Korean Indian Pakistani Iranian Iraqi Israeli
Palestinian Egyptian Saudi Syrian Lebanese Canadian Mexican Brazilian Australian Irish Scottish
Welsh Kremlin White Pentagon Moldovan Croatian Serbian Slovenian Portuguese European Afghan
Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman Scotsman
Scotswoman Welshman Welshwoman Spaniard Briton Argentine Argentinian Colombian Chilean Peruvian
Venezuelan Cuban Kenyan Nigerian Ethiopian Ghanaian Ugandan Moroccan Algerian Tunisian Kazakh
Zealander Malaysian Indonesian Filipino Thai Vietnamese
""".split()
# Occupations: lowercase roles too ("a virologist at ..."), and capitalised at a sentence start they
# lead a name like a title ("Hydrologist Mara Lindqvist"). Words that are also common surnames
# (Baker, Farmer, Fisher, Singer, Taylor ...) are left out on purpose.
OCCUPATIONS = """
hydrologist virologist epidemiologist biologist geologist climatologist meteorologist seismologist
volcanologist psychologist sociologist historian scientist researcher physicist chemist astronomer
mathematician ecologist oceanographer glaciologist archaeologist lawyer attorney barrister solicitor
teacher nurse doctor physician surgeon paramedic pharmacist engineer architect activist campaigner
novelist author journalist photographer consultant resident volunteer firefighter accountant banker
investor strategist pollster curator lecturer striker midfielder defender goalkeeper referee winger
skipper coxswain harbourmaster veteran survivor shopkeeper entrepreneur landlord tenant student
forecaster trader broker critic reviewer backbencher supervisor foreman technician mechanic
electrician miner clerk cashier waiter waitress bartender carer caregiver midwife dentist vicar
priest pastor trainer owner proprietor fisherman fisherwoman lifeguard zookeeper keeper ranger
controller dispatcher coordinator organiser organizer planner principal headteacher headmaster
headmistress publican innkeeper
""".split()
# Lowercase role nouns: "press secretary Dmitry Peskov", "Kuleba, Ukraine's foreign minister".
ROLE_NOUNS = (
    """
spokesman spokeswoman spokesperson spokespeople secretary minister president chief head leader
official envoy ambassador commander general chancellor premier senator lawmaker legislator
governor mayor director adviser advisor aide diplomat analyst expert chairman chairwoman
representative correspondent negotiator prosecutor judge officer executive economist source
commissioner coach manager professor inspector detective superintendent councillor captain sheriff
coroner chair
""".split()
    + OCCUPATIONS
)
# People described rather than named: "One man walking his dog told me", "said one ward sister".
# They make an anonymous speaker, never a title before a name ("his mum Maureen" has no title).
PERSON_NOUNS = """
man woman men women boy girl fan fans sister brother mother father mum dad son daughter wife husband
neighbour neighbor passenger commuter motorist driver onlooker bystander reader viewer listener
customer shopper worker employee pensioner teenager parent local patient rider cyclist user
runner spectator
""".split()
# Person nouns that, capitalised at a sentence start, lead a name like a title ("Passenger Elin
# Rask", "Retiree Koh Ah Lian"); not "man", "sister", "mum": names and honorifics begin with those.
PERSON_LEADS = """
passenger commuter motorist onlooker bystander listener customer shopper pensioner teenager patient
cyclist spectator neighbour neighbor retiree rancher homeowner villager islander stallholder stroke
grandmother grandfather grandparent
""".split()
# Epithets a report uses for the person it is about: "The 51-year-old", "The star told ...".
EPITHETS = """
star singer actor actress chef rapper presenter comedian youngster teenager pensioner
""".split()
# Nouns before a quoted title that make it the name of a work, not a quotation:
# "told the newspaper „Bild am Sonntag“", "the study, titled "Receptor binding ..."".
WORK_NOUNS = """
newspaper daily weekly magazine paper tabloid journal book novel memoir film movie song album play
series show programme program documentary podcast titled entitled headlined title vessel ship boat yacht
trawler barge tanker racehorse
""".split()
# Words that never belong in a person's name; they end or trim a capitalised run.
NAME_STOPWORDS = """
The A An On In At But And Or If As After Before While When Whereas Since Until For From With By To Of
It He She They We I You This That These Those There Here Such Some Many Most Part According Also Well
However Meanwhile Still Yet Then Now Today Yesterday Tomorrow Last Next Read More Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December His Her Their Our Its My Your Mr Mrs Ms Dr Speaking Asked Despite Under
Over Between Among Against Without Within Across Through During Including Both Each Every Other
Another Several Few No Not Yes Why What Who How Where Which Whose Is Are Was Were Will Would Can
Could Should Must May Might Do Does Did Has Have Had Being Been Be Let Just Only Even Even Like One
Everyone Everybody Someone Somebody Anyone Anybody Nobody
""".split()
# Capitalised heads that make a run a company ("Nordhavn Shipping", "Halden Air", "Brenwick Foods plc");
# "the company" / "the firm" refer back to the latest of these.
# A company's legal form after its name: "Pinecrest Outfitters Inc.", "Norrvik Battery AB".
LEGAL_FORMS = "Inc Ltd plc PLC LLC Corp Co GmbH AG SA AB ASA NV BV SpA Oyj Pty Bhd SAS".split()
COMPANY_HEADS = (
    LEGAL_FORMS
    + """
Shipping Air Airlines Airways Motors Holdings Foods Mining Pharma Pharmaceuticals Capital Partners
Systems Technologies Labs Media Insurance Logistics Telecom Industries Savings Bank Group
Corporation Company Resources Energy Petroleum Oil Gas Utilities Electric
Metals Chemicals Brands Retail Stores Outfitters Entertainment Studios Software Networks Solutions
Ventures Investments Financial Securities Bancorp Healthcare Therapeutics Biosciences Automotive
Aerospace Railways Freight Construction Homes Properties Realty Hotels Resorts Beverages Brewing
Communications Wireless Line Lines Minerals Health Research Economics Analytics Advisors Advisers Consulting
Associates Mutual Management Steel Cement Paper Timber Textiles Works Dairy Farms Bakery Brewery
Games Toys Cycles Terminals Terminal
""".split()
)
# Heads that make a capitalised run an organisation, not a person.
ORG_HEADS = (
    """
Department Ministry Office Command Council Commission Committee Agency Service Services Forces
Force Army Navy Police Government Administration Parliament Congress Senate Court Bank Company
Corporation Corp Inc Ltd Group Union Party Organization Organisation Institute University Times
Post Journal News Press Mission Embassy Secretariat Headquarters Alliance Fund Authority Board
Bureau Federation Association Foundation Assembly Cabinet Guard Guards Staff Network Channel
Radio Television TV Herald Tribune Telegraph Guardian Observer Agency Club League Movement Front
Flotilla Fleet Brigade Battalion Division Regiment Corps Republic Kingdom Commonwealth Treasury
Rovers Wanderers Albion Athletic Rangers FC AFC United Hotspur Town Forum Trust Coalition Society
Initiative Campaign Collective Partnership Consortium Chamber Syndicate Museum Gallery Zoo Library
Theatre Theater Hospital Clinic School College Academy Orchestra Opera Festival Church Cathedral
Township Municipality Rescue
""".split()
    + COMPANY_HEADS
)
# Heads that make a capitalised run a place (or another thing that is no one: "Sign Language").
PLACE_HEADS = """
Sea Ocean Strait Bay Gulf River Lake Mountains Mountain Island Islands Peninsula Street Square
Avenue Road Bridge Region Province Oblast Krai District Districts County States City Valley
Airport Station Park Hall Palace Center Centre Building Tower Border Coast Desert Forest Canal
Falls Springs Heights Hills Beach Harbor Harbour Creek Junction Crossing Landing Language Languages
Heads
""".split()
# The last word of a news outlet's name ("the Financial Times", "The Straits Times").
OUTLET_HEADS = "Times Post Journal News Herald Tribune Telegraph Guardian Observer Press".split()
# Words that make a capitalised run a thing named after someone, not a person: "Comet Halvorsen",
# "Storm Isolde", "Cyclone Alfred".
NOT_PERSON_LEADS = "Comet Asteroid Storm Hurricane Cyclone Typhoon Tropical Operation".split()
# Single words that speak as institutions: governments by their capital or country, agencies.
ORG_NAMES = [
    *"""
Kremlin Pentagon NATO UN EU OSCE IMF WHO Reuters AP AFP dpa DPA Interfax TASS RIA Xinhua Bloomberg
CNN BBC Moscow Kyiv Kiev Washington Beijing London Paris Berlin Brussels Warsaw Minsk Tokyo Ankara
Tehran Russia Ukraine China Belarus Poland Germany France Britain Japan Turkey Iran Israel
Lithuania Latvia Estonia Georgia Moldova Canada Italy Spain India Pakistan Syria Iraq Egypt
""".split(),
    "United States",
    "United Kingdom",
    "European Union",
    "White House",
    "State Department",
    "Foreign Office",
    "United Nations",
    "Downing Street",
    "Treasury",
    "Bundestag",
    "Duma",
    "Knesset",
    "Vatican",
]
# Plural heads of group speakers: "the foreign ministers of ...", "G7 ministers", "officials".
GROUP_HEADS = """
ministers officials leaders diplomats sources lawmakers legislators senators analysts experts
residents witnesses protesters activists authorities governments members representatives
spokespeople spokesmen negotiators prosecutors investigators police observers monitors allies
nations countries states scientists researchers doctors economists organizers organisers
groups unions workers teachers students parents farmers campaigners critics opponents supporters
voters people staff MPs MEPs MSPs peers backbenchers fans spectators family relatives friends
neighbours neighbors colleagues villagers locals pupils holders shareholders bondholders creditors
growers herders owners trustees administrators fishermen fishers visitors musicians crowd crowds
demonstrators marchers strikers protestors mourners onlookers passengers commuters motorists
drivers customers shoppers traders stallholders couple crew advocates astronomers authors
conservationists engineers nurses pilots lawyers patients tenants landlords homeowners
archaeologists biologists ecologists developers
""".split()


def _plural(noun: str) -> str:
    """English plural of a role noun: "author" -> "authors", "chairman" -> "chairmen"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Any role or occupation in the plural heads a group too: "the authors", "nurses", "lawyers for the family".
GROUP_HEADS += sorted({_plural(noun) for noun in ROLE_NOUNS} - set(GROUP_HEADS))
# Lowercase singular heads that make a "the ..." phrase an organisation: "the ministry said".
ORG_COMMON_HEADS = """
ministry government department agency kremlin pentagon alliance company commission council
committee office embassy mission army military police court parliament administration
cabinet presidency bank newspaper broadcaster airline firm operator union club hospital university
school regulator carrier insurer retailer manufacturer utility charity museum board authority party
campaign watchdog council federation association organisation organization guard league service
group team studio network lender cooperative co-op trust forum festival maker carmaker automaker
chipmaker drugmaker shipowner shipbuilder developer
""".split()
# Lowercase heads that refer to a company.
COMPANY_COMMON_HEADS = """
company firm carrier airline operator group retailer manufacturer insurer lender bank utility developer
maker carmaker automaker chipmaker drugmaker shipowner shipbuilder
""".split()
# Labels that look like transcript speakers but introduce furniture.
NON_SPEAKER_LABELS = """
note update updated editor editors correction source sources photo photos image video watch read
related see also caption credit by copyright published posted tags topics share subscribe
disclaimer warning attention breaking exclusive analysis opinion comment live timeline transcript audio
listen
""".split()

# Day words that time a statement ("on Monday", "yesterday"), as a regex alternation.
STATEMENT_DAYS = "|".join((*WEEKDAYS, "today", "yesterday"))
