### disclose: ordforråd for dansk (da).
### Samme nøgler og attributter som nb.ftl, sv.ftl og fi.ftl, i samme rækkefølge.

## Retsgrundlag (databeskyttelsesforordningens artikel 6, stk. 1) og betingelser for særlige kategorier (artikel 9, stk. 2)

legal-basis-art6-1-a = Samtykke
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra a
legal-basis-art6-1-b = Kontrakt
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra b
legal-basis-art6-1-c = Retlig forpligtelse
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra c
legal-basis-art6-1-d = Vitale interesser
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra d
legal-basis-art6-1-e = Opgave i samfundets interesse eller offentlig myndighedsudøvelse
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra e
legal-basis-art6-1-f = Legitim interesse
    .article = databeskyttelsesforordningens artikel 6, stk. 1, litra f
legal-basis-art9-2-a = Udtrykkeligt samtykke
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra a
legal-basis-art9-2-b = Forpligtelser og specifikke rettigheder på det arbejds-, sundheds- og socialretlige område
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra b
legal-basis-art9-2-c = Vitale interesser, når den registrerede ikke kan give samtykke
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra c
legal-basis-art9-2-d = Organ uden gevinst for øje med politisk, filosofisk, religiøst eller fagforeningsmæssigt sigte
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra d
legal-basis-art9-2-e = Oplysninger, som tydeligvis er offentliggjort af den registrerede
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra e
legal-basis-art9-2-f = Retskrav skal kunne fastlægges, gøres gældende eller forsvares
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra f
legal-basis-art9-2-g = Væsentlige samfundsinteresser
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra g
legal-basis-art9-2-h = Forebyggende medicin, arbejdsmedicin, medicinsk diagnose og sundheds- og socialydelser
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra h
legal-basis-art9-2-i = Samfundsinteresser på folkesundhedsområdet
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra i
legal-basis-art9-2-j = Arkivformål i samfundets interesse, forskning eller statistik
    .article = databeskyttelsesforordningens artikel 9, stk. 2, litra j

## Kategorier af personoplysninger

category-name = Navn
category-contact = Kontaktoplysninger
category-postal-address = Postadresse
category-email = E-mailadresse
category-phone = Telefonnummer
category-date-of-birth = Fødselsdato
category-national-id = CPR-nummer eller andet nationalt identifikationsnummer
category-identity-document = Legitimation (pas eller ID-kort)
category-job-title = Stillingsbetegnelse
category-employer = Arbejdsgiver
category-language = Sprog
category-family-situation = Familieforhold og civilstand
category-employment-status = Ansættelses- og beskæftigelsesforhold
category-financial = Økonomiske oplysninger
category-income = Indkomst
category-debt = Gæld og lån
category-assets = Formue og aktiver
category-payment-history = Betalingshistorik
category-credit-rating = Kreditvurdering
category-bank-account = Kontonummer og bankoplysninger
category-transactions = Transaktioner og indbetalinger
category-case-details = Oplysninger om sagen
category-communications = Korrespondance og anden kommunikation med os
category-call-recordings = Optagelser af telefonsamtaler
category-politically-exposed = Oplysninger om politisk eksponeret person (PEP)
category-image = Billeder
category-cctv-footage = Optagelser fra tv-overvågning
category-visit-details = Oplysninger om besøget
category-ip-address = IP-adresse
category-device = Oplysninger om din enhed
category-online-identifier = Onlineidentifikatorer
category-usage = Brug af websted og tjenester
category-location = Lokaliseringsdata
category-survey-responses = Svar på spørgeundersøgelser
category-preferences = Præferencer og indstillinger
category-health = Helbredsoplysninger
category-racial-ethnic-origin = Race eller etnisk oprindelse
category-political-opinions = Politisk overbevisning
category-religious-beliefs = Religiøs eller filosofisk overbevisning
category-trade-union = Fagforeningsmæssigt tilhørsforhold
category-genetic = Genetiske data
category-biometric = Biometriske data med henblik på entydig identifikation
category-sex-life = Seksuelle forhold eller seksuel orientering
category-criminal-offences = Straffedomme og lovovertrædelser

## Modtagere

recipient-group-companies = Selskaber i samme koncern
recipient-it-service-providers = Leverandører af it-tjenester
recipient-cloud-providers = Leverandører af cloudtjenester
recipient-printing-and-mail = Trykkeri- og posttjenester
recipient-payment-service-providers = Betalingstjenesteudbydere
recipient-marketing-consultants = Markedsføringskonsulenter
recipient-survey-providers = Leverandører af spørgeundersøgelser
recipient-analytics-providers = Leverandører af analysetjenester
recipient-advertising-networks = Annoncenetværk
recipient-legal-advisers = Juridiske rådgivere
recipient-auditors = Revisorer
recipient-banks = Banker
recipient-creditors = Kreditorer
recipient-clients = Opdragsgivere (vores kunder)
recipient-collection-agents-abroad = Inkassopartnere i udlandet
recipient-credit-reference-agencies = Kreditoplysningsbureauer
recipient-courts = Domstole
recipient-enforcement-authorities = Fogedretter og inddrivelsesmyndigheder
recipient-tax-authorities = Skattemyndigheder
recipient-police = Politiet
recipient-public-authorities = Offentlige myndigheder
recipient-security-companies = Vagt- og sikkerhedsfirmaer
recipient-buyers-of-claims = Købere af fordringer

## Kilder

source-data-subject = Dig selv
source-creditors = Kreditorer
source-clients = Opdragsgivere (vores kunder)
source-represented-company = Virksomheden, du repræsenterer
source-group-companies = Selskaber i samme koncern
source-population-register = CPR-registret
source-public-registers = Offentlige registre
source-credit-reference-agencies = Kreditoplysningsbureauer
source-enforcement-authorities = Fogedretter og inddrivelsesmyndigheder
source-courts = Domstole
source-observation = Observation (for eksempel tv-overvågning)
source-website = Vores websted

## Overførselsgrundlag (databeskyttelsesforordningens kapitel V)

mechanism-art45 = Afgørelse om tilstrækkeligt beskyttelsesniveau
    .article = databeskyttelsesforordningens artikel 45, stk. 3
mechanism-art46-2-a = Retligt bindende instrument, som kan håndhæves, mellem offentlige myndigheder eller organer
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra a
mechanism-art46-2-b = Bindende virksomhedsregler
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra b
mechanism-art46-2-c = Standardbestemmelser om databeskyttelse vedtaget af Europa-Kommissionen (standardkontraktbestemmelser)
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra c
mechanism-art46-2-d = Standardbestemmelser om databeskyttelse vedtaget af en tilsynsmyndighed og godkendt af Europa-Kommissionen
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra d
mechanism-art46-2-e = Godkendt adfærdskodeks med bindende tilsagn fra modtageren
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra e
mechanism-art46-2-f = Godkendt certificeringsmekanisme med bindende tilsagn fra modtageren
    .article = databeskyttelsesforordningens artikel 46, stk. 2, litra f
mechanism-art46-3-a = Kontraktbestemmelser godkendt af tilsynsmyndigheden
    .article = databeskyttelsesforordningens artikel 46, stk. 3, litra a
mechanism-art46-3-b = Bestemmelser i administrative ordninger mellem offentlige myndigheder, godkendt af tilsynsmyndigheden
    .article = databeskyttelsesforordningens artikel 46, stk. 3, litra b
mechanism-art47 = Bindende virksomhedsregler godkendt af tilsynsmyndigheden
    .article = databeskyttelsesforordningens artikel 47
mechanism-art49-1-a = Dit udtrykkelige samtykke til overførslen
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra a
mechanism-art49-1-b = Nødvendig for at opfylde en kontrakt med dig
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra b
mechanism-art49-1-c = Nødvendig for at indgå eller opfylde en kontrakt i din interesse
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra c
mechanism-art49-1-d = Nødvendig af hensyn til vigtige samfundsinteresser
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra d
mechanism-art49-1-e = Nødvendig for, at retskrav kan fastlægges, gøres gældende eller forsvares
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra e
mechanism-art49-1-f = Nødvendig for at beskytte vitale interesser, når samtykke ikke kan gives
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra f
mechanism-art49-1-g = Overførsel fra et offentligt register
    .article = databeskyttelsesforordningens artikel 49, stk. 1, litra g
mechanism-art49-1-second = Vægtige legitime interesser (enkeltstående overførsel)
    .article = databeskyttelsesforordningens artikel 49, stk. 1, andet afsnit

## Hvad opbevaringsperioden regnes fra (følger efter en varighed: »24 måneder efter …«)

trigger-collection = efter at oplysningerne blev indsamlet
trigger-end-of-relationship = efter at forretningsforbindelsen er ophørt
trigger-end-of-contract = efter at kontrakten er ophørt
trigger-case-closed = efter at sagen er afsluttet
trigger-claim-settled = efter at kravet er indfriet
trigger-last-contact = efter den seneste kontakt med dig
trigger-recording = efter optagelsen
trigger-visit = efter besøget
trigger-survey-completed = efter at undersøgelsen er gennemført
trigger-consent-withdrawn = efter at du har tilbagekaldt dit samtykke
trigger-end-of-financial-year = efter regnskabsårets udløb
trigger-account-closed = efter at kontoen er lukket

## Rettigheder

right-access = Indsigtsret
    .article = databeskyttelsesforordningens artikel 15
    .description = Du kan få at vide, om vi behandler oplysninger om dig, og i så fald få en kopi af oplysningerne og information om behandlingen.
right-rectification = Ret til berigtigelse
    .article = databeskyttelsesforordningens artikel 16
    .description = Du kan bede os rette urigtige oplysninger om dig og supplere ufuldstændige oplysninger.
right-erasure = Ret til sletning
    .article = databeskyttelsesforordningens artikel 17
    .description = Du kan bede os slette oplysninger om dig, for eksempel når de ikke længere er nødvendige til det formål, de blev indsamlet til.
right-restriction = Ret til begrænsning af behandling
    .article = databeskyttelsesforordningens artikel 18
    .description = Du kan i visse tilfælde kræve, at vi begrænser behandlingen, for eksempel mens det undersøges, om oplysningerne er korrekte, så vi kun opbevarer dem.
right-portability = Ret til dataportabilitet
    .article = databeskyttelsesforordningens artikel 20
    .description = Du kan få de oplysninger, som du selv har givet os, i et struktureret, almindeligt anvendt og maskinlæsbart format og få dem overført til en anden dataansvarlig.
right-object = Ret til indsigelse
    .article = databeskyttelsesforordningens artikel 21
    .description = Du kan gøre indsigelse mod behandling, der bygger på en legitim interesse eller på en opgave i samfundets interesse, og du kan altid gøre indsigelse mod direkte markedsføring.
right-withdraw-consent = Ret til at tilbagekalde samtykke
    .article = databeskyttelsesforordningens artikel 7, stk. 3
    .description = Du kan til enhver tid tilbagekalde dit samtykke, uden at det berører lovligheden af behandlingen, før du tilbagekaldte det.
right-human-review = Ret til menneskelig indgriben fra den dataansvarliges side ved automatiske afgørelser
    .article = databeskyttelsesforordningens artikel 22, stk. 3
    .description = Du kan kræve, at et menneske tager stilling til en afgørelse, der udelukkende bygger på automatisk behandling, give udtryk for dit synspunkt og bestride afgørelsen.
right-complaint = Ret til at indgive en klage til en tilsynsmyndighed
    .article = databeskyttelsesforordningens artikel 77
    .description = Du kan klage til en tilsynsmyndighed, hvis du mener, at vi behandler dine personoplysninger i strid med databeskyttelsesforordningen.

## Hvorfor en rettighed ikke gælder

right-reason-portability-basis = Retten gælder kun behandling, der bygger på samtykke eller kontrakt og foretages automatisk, og det gør denne behandling ikke (databeskyttelsesforordningens artikel 20, stk. 1).
right-reason-object-basis = Retten gælder kun behandling, der bygger på en opgave i samfundets interesse eller på en legitim interesse, og det gør denne behandling ikke (databeskyttelsesforordningens artikel 21, stk. 1).
right-reason-erasure-legal-obligation = Vi skal opbevare oplysningerne for at overholde en retlig forpligtelse (databeskyttelsesforordningens artikel 17, stk. 3, litra b).
right-reason-erasure-legal-claims = Oplysningerne er nødvendige, for at retskrav kan fastlægges, gøres gældende eller forsvares (databeskyttelsesforordningens artikel 17, stk. 3, litra e).
right-reason-restriction-legal-claims = Vi kan fortsat behandle oplysningerne, for at retskrav kan fastlægges, gøres gældende eller forsvares (databeskyttelsesforordningens artikel 18, stk. 2).

## Grundlag for undtagelse fra oplysningspligten

waiver-ground-art13-4 = Du har allerede oplysningerne
    .article = databeskyttelsesforordningens artikel 13, stk. 4
waiver-ground-art14-5-a = Du har allerede oplysningerne
    .article = databeskyttelsesforordningens artikel 14, stk. 5, litra a
waiver-ground-art14-5-b = Umuligt, eller vil kræve en uforholdsmæssig stor indsats
    .article = databeskyttelsesforordningens artikel 14, stk. 5, litra b
waiver-ground-art14-5-c = Indsamling eller videregivelse er udtrykkeligt fastsat ved lov
    .article = databeskyttelsesforordningens artikel 14, stk. 5, litra c
waiver-ground-art14-5-d = Lovbestemt tavshedspligt
    .article = databeskyttelsesforordningens artikel 14, stk. 5, litra d
waiver-ground-national-law = Undtagelse i national lovgivning
    .article = databeskyttelsesforordningens artikel 23 og national lovgivning

## Cookies

cookie-category-necessary = Nødvendige
cookie-category-functional = Funktionelle
cookie-category-performance = Statistik og ydeevne
cookie-category-targeting = Markedsføring
cookie-party-first = Førstepart
cookie-party-third = Tredjepart

## Lande

country-AT = Østrig
country-BE = Belgien
country-BG = Bulgarien
country-CY = Cypern
country-CZ = Tjekkiet
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FR = Frankrig
country-GR = Grækenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IS = Island
country-IT = Italien
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxembourg
country-LV = Letland
country-MT = Malta
country-NL = Nederlandene
country-NO = Norge
country-PL = Polen
country-PT = Portugal
country-RO = Rumænien
country-SE = Sverige
country-SI = Slovenien
country-SK = Slovakiet
country-AR = Argentina
country-AU = Australien
country-BR = Brasilien
country-CA = Canada
country-CH = Schweiz
country-CN = Kina
country-GB = Storbritannien
country-IL = Israel
country-IN = Indien
country-JP = Japan
country-KR = Sydkorea
country-NZ = New Zealand
country-PH = Filippinerne
country-SG = Singapore
country-UA = Ukraine
country-US = USA
country-UY = Uruguay
country-ZA = Sydafrika
country-outside-eea = Lande uden for EØS, som ikke er nærmere angivet

## Tilsynsmyndigheder

authority-NO = Datatilsynet (Norge)
    .address = Postboks 458 Sentrum, 0105 Oslo, Norge
    .url = https://www.datatilsynet.no/
authority-SE = Integritetsskyddsmyndigheten (IMY)
    .address = Box 8114, 104 20 Stockholm, Sverige
    .url = https://www.imy.se/
authority-DK = Datatilsynet
    .address = Carl Jacobsens Vej 35, 2500 Valby
    .url = https://www.datatilsynet.dk/
    .phone = +45 33 19 32 00
authority-FI = Tietosuojavaltuutetun toimisto (Finland)
    .address = PL 800, 00531 Helsinki, Finland
    .url = https://tietosuoja.fi/
    .phone = +358 29 566 6700

## Hvordan oplysningerne indsamles

collection-direct = Fra dig
    .article = databeskyttelsesforordningens artikel 13
collection-indirect = Fra andre end dig
    .article = databeskyttelsesforordningens artikel 14
collection-both = Fra dig og fra andre
    .article = databeskyttelsesforordningens artikel 13 og 14

## Om du skal give oplysningerne (databeskyttelsesforordningens artikel 13, stk. 2, litra e)

requirement-statutory = Et lovbestemt krav
requirement-contractual = Et krav i kontrakten
requirement-contract-prerequisite = Et nødvendigt krav for at indgå en kontrakt
requirement-voluntary = Frivilligt

## Varigheder

duration-years =
    { $count ->
        [one] { $count } år
       *[other] { $count } år
    }
duration-months =
    { $count ->
        [one] { $count } måned
       *[other] { $count } måneder
    }
duration-weeks =
    { $count ->
        [one] { $count } uge
       *[other] { $count } uger
    }
duration-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dage
    }
duration-hours =
    { $count ->
        [one] { $count } time
       *[other] { $count } timer
    }
duration-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minutter
    }
duration-session = indtil du lukker browseren
retention-period = { $duration } { $trigger }
# A period that is an upper or a lower bound ("højst 5 år efter …"), and the law that sets it.
retention-at-most = højst { $period }
retention-at-least = mindst { $period }
retention-under-law = { $period } (i henhold til { $law })

## Overskrifter

section-at-a-glance = Kort fortalt
section-contents = Indhold
section-controllers = Dataansvarlig og kontaktoplysninger
section-contexts = Hvornår vi behandler personoplysninger
section-purposes = Formål og retsgrundlag
section-categories = Hvilke personoplysninger vi behandler
section-sources = Hvor oplysningerne kommer fra
section-recipients = Hvem vi deler oplysningerne med
section-transfers = Overførsel til lande uden for EU/EØS
section-retention = Hvor længe vi opbevarer oplysningerne
section-automated-decisions = Automatiske afgørelser og profilering
section-requirement = Skal du give os oplysningerne?
section-rights = Dine rettigheder
section-object = Retten til at gøre indsigelse
section-complaint = Klage til en tilsynsmyndighed
section-cookies = Cookies
section-waivers = Oplysninger, vi ikke giver
section-versions = Versioner
section-other = Andre oplysninger

## Sidenavigation

ui-language-name = Dansk
ui-skip-to-content = Gå til hovedindholdet
ui-choose-language = Vælg sprog
ui-languages = Sprog
ui-notices = Privatlivspolitikker
ui-notice = Privatlivspolitik
ui-footer-generated = Privatlivspolitikker
ui-not-found = Siden blev ikke fundet
ui-not-found-text = Denne side findes ikke, men du kan finde alle privatlivspolitikker i oversigten.
ui-back-to-index = Tilbage til oversigten

## Dataansvarlig og kontaktoplysninger

ui-controller = Dataansvarlig
# Processing on behalf of another controller (Art. 28): who is responsible, and where to turn.
ui-processor = Databehandler
ui-processor-service = I denne tjeneste behandler vi personoplysninger som databehandler på vegne af { $controller }, som er dataansvarlig. Spørgsmål om behandlingen og anmodninger om at udøve dine rettigheder retter du til { $controller }.
ui-org-number = Virksomhedsnummer
ui-org-number-DK = CVR-nummer
ui-address = Adresse
ui-email = E-mail
ui-phone = Telefon
ui-website = Websted
ui-country = Land
ui-dpo = Databeskyttelsesrådgiver
ui-representative = Repræsentant i EU/EØS
ui-representative-for = Repræsentant i EU/EØS for { $controller }
ui-rights-contact = Send din anmodning til { $email }.

## Behandlingsaktiviteter, formål og oplysninger

ui-context = Behandlingsaktivitet
ui-contexts = Behandlingsaktiviteter
ui-purpose = Formål
ui-legal-basis = Retsgrundlag
ui-law = Lovgrundlag
ui-legitimate-interest = Legitim interesse
ui-withdraw-at = Du kan til enhver tid tilbagekalde dit samtykke: { $where }
ui-category = Kategori af personoplysninger
ui-special-category = Særlig kategori af personoplysninger
ui-criminal-data = Oplysninger om straffedomme og lovovertrædelser
ui-collection = Indsamling
ui-source = Kilde
ui-public-source = Offentligt tilgængelig kilde
ui-non-public-source = Ikke offentligt tilgængelig kilde
ui-recipient = Modtager

## Overførsel til lande uden for EU/EØS

ui-destination-country = Modtagerland
ui-mechanism = Overførselsgrundlag
ui-adequacy = Afgørelse om tilstrækkeligt beskyttelsesniveau
ui-adequacy-yes = Europa-Kommissionen har truffet afgørelse om, at landet sikrer et tilstrækkeligt beskyttelsesniveau.
ui-adequacy-no = Der er ingen afgørelse om tilstrækkeligt beskyttelsesniveau for landet; overførslen bygger på de anførte garantier.
ui-safeguards-copy = Sådan får du en kopi af garantierne

## Opbevaringsperiode

ui-period = Opbevaringsperiode
ui-applies-to = Gælder for
ui-all-purposes = Alle formål
ui-criteria = Kriterier for opbevaringsperioden

## Automatiske afgørelser og profilering

ui-art22-yes = I denne behandling træffes der afgørelser, som udelukkende er baseret på automatisk behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende vis betydeligt påvirker dig.
ui-art22-no = I denne behandling træffes der ingen afgørelser, som udelukkende er baseret på automatisk behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende vis betydeligt påvirker dig.
ui-profiling-yes = Vi anvender profilering i denne behandling.
ui-profiling-no = Vi anvender ikke profilering i denne behandling.
ui-logic = Den involverede logik
ui-significance = Betydning
ui-consequences = Forventede konsekvenser for dig

## Om du skal give oplysningerne

ui-requirement = Pligt til at give oplysninger
ui-not-providing = Hvis du ikke giver os oplysningerne

## Rettigheder og klage

ui-right = Rettighed
ui-applies = Gælder
ui-does-not-apply = Gælder ikke
ui-reason = Begrundelse
ui-object-explained = Du har til enhver tid ret til af grunde, der vedrører din særlige situation, at gøre indsigelse mod behandling af dine personoplysninger, der bygger på vores legitime interesse eller på en opgave i samfundets interesse. Så stopper vi behandlingen, medmindre vi kan påvise vægtige legitime grunde, der går forud for dine interesser, rettigheder og frihedsrettigheder, eller behandlingen er nødvendig, for at retskrav kan fastlægges, gøres gældende eller forsvares. Du kan altid gøre indsigelse mod, at oplysningerne bruges til direkte markedsføring, og så holder vi op med at bruge dem til det.
ui-complaint-intro = Du kan klage til en tilsynsmyndighed, navnlig i det land, hvor du bor eller arbejder, eller hvor den påståede overtrædelse har fundet sted. Nedenfor står de tilsynsmyndigheder, vi henviser til.

## Cookies

ui-cookie-name = Navn
ui-cookie-host = Domæne
ui-cookie-provider = Udbyder
ui-cookie-category = Kategori
ui-cookie-party = Første- eller tredjepart
ui-cookie-lifetime = Levetid
ui-cookie-purpose = Formål

## Undtagelser fra oplysningspligten

ui-waiver-intro = I følgende tilfælde giver vi ikke oplysninger af den anførte grund:
ui-waiver-rule = Oplysninger, der ikke gives
ui-waiver-ground = Grundlag for undtagelsen
ui-waiver-reason = Begrundelse

## Versioner

ui-version = Version
ui-version-label = Version { $version }
ui-published = Offentliggjort
ui-published-on = Offentliggjort { $date }
ui-effective = Gælder fra
ui-effective-from = Gælder fra { $date }
ui-draft = Udkast
ui-draft-banner = Dette er et udkast og er ikke offentliggjort.
ui-current-version = Gældende version
ui-all-versions = Alle versioner
ui-old-version-banner = Dette er version { $version }, som ikke længere gælder. Den gældende version er { $current }.
ui-go-to-current = Læs den version, der gælder nu
ui-changes-summary = Hvad er ændret
ui-machine-readable = Denne privatlivspolitik som JSON

## Kort fortalt

ui-glance-intro = Her er det vigtigste kort fortalt, og detaljerne står længere nede.
ui-glance-controllers = Hvem der er ansvarlig
ui-glance-purposes = Hvad vi bruger oplysningerne til
ui-glance-rights = Dine rettigheder
ui-glance-surprising = Godt at vide
ui-glance-transfers = Dine oplysninger kan blive overført til lande uden for EØS.
ui-glance-transfers-to = Dine oplysninger kan blive overført til lande uden for EØS: { $countries }.
ui-glance-automated = Vi træffer automatiske afgørelser om dig.
ui-glance-profiling = Vi anvender profilering.
ui-glance-special = Vi kan behandle særlige kategorier af personoplysninger.
ui-glance-indirect = Vi indhenter også oplysninger om dig fra andre.
ui-glance-situations = Kun det, der gælder dig
ui-glance-situations-intro = Vælg din situation, så ser du kun det, der gælder den:
ui-situation-view = Kun det, der gælder denne situation
ui-situation-lede = Her står kun det, der gælder denne situation. Hele privatlivspolitikken indeholder alt, også det, der gælder andre situationer.
ui-read-full-notice = Læs hele privatlivspolitikken
ui-other-situations = Andre situationer
ui-back-to-contents = Til indholdsfortegnelsen

## Korte ord

ui-none = Ingen
ui-yes = Ja
ui-no = Nej

## What a waiver withholds, by rule (shown in the waivers table)
rule-R01 = Den dataansvarliges identitet og kontaktoplysninger
rule-R02 = Kontaktoplysninger på repræsentanten i EØS
rule-R03 = Kontaktoplysninger på databeskyttelsesrådgiveren
rule-R04 = Formålene med behandlingen
rule-R05 = Retsgrundlaget for behandlingen
rule-R06 = De legitime interesser, der forfølges
rule-R07 = Kategorierne af personoplysninger
rule-R08 = Modtagerne af personoplysningerne
rule-R09 = Overførsel til lande uden for EØS
rule-R10 = Hvor en kopi af garantierne kan fås
rule-R11 = Hvor længe oplysningerne opbevares
rule-R12 = Dine rettigheder
rule-R12a = Retten til at gøre indsigelse
rule-R13 = Retten til at tilbagekalde samtykke
rule-R14 = Retten til at klage til en tilsynsmyndighed
rule-R15 = Om du skal give oplysningerne, og hvad der sker, hvis du ikke gør det
rule-R16 = Hvor oplysningerne stammer fra
rule-R17 = Automatiske afgørelser, herunder profilering
rule-R18 = Et nyt formål med behandlingen

## Ændringshistorik: sider, links og feed

ui-changes = Ændringshistorik
ui-changes-link = Se, hvad der er ændret mellem versionerne
ui-changes-title = Ændringshistorik: { $title }
ui-changes-intro = Her er alle offentliggjorte versioner af denne privatlivspolitik, den nyeste først, med hvad der er ændret siden versionen før.
ui-changes-from = Ændringer siden version { $from }
ui-first-version = Første offentliggjorte version.
ui-material = Væsentlig ændring
ui-not-material = Ingen væsentlig ændring
ui-material-changes = Ændringer i oplysningerne
ui-no-fact-changes = Ingen ændringer i oplysningerne.
ui-prose-changes = Ændringer i teksten
ui-no-prose-changes = Ingen ændringer i teksten.
ui-intro-section = Indledning
ui-section-added = Nyt afsnit
ui-section-removed = Fjernet afsnit
ui-inserted = Tilføjet:
ui-deleted = Fjernet:
ui-why = Hvorfor
ui-correction = Rettelse
ui-correction-on = Rettet { $date }: { $reason }
ui-in-force-since = Gældende fra { $date }
ui-in-force-from-to = Gjaldt fra { $from } til og med { $to }
ui-takes-effect = Træder i kraft { $date }
ui-replaced-by = Erstattet af version { $version }
ui-title-version = { $title }, version { $version }
ui-feed = Ændringer i privatlivspolitikkerne (Atom)
ui-feed-title = { $site }: ændringer

## Ændringer i oplysningerne, én sætning hver
## $context er behandlingsaktiviteten, $purpose formålet, $name det, der er tilføjet eller fjernet.

change-controller-added = { $name } er ny dataansvarlig.
change-controller-removed = { $name } er ikke længere dataansvarlig.
change-controller-contact-changed = Kontaktoplysningerne for { $name } er ændret.
change-dpo-added = Vi har udpeget en databeskyttelsesrådgiver.
change-dpo-removed = Vi har ikke længere en databeskyttelsesrådgiver.
change-dpo-contact-changed = Kontaktoplysningerne for databeskyttelsesrådgiveren er ændret.
change-representative-added = { $name } har udpeget en repræsentant i EU/EØS.
change-representative-removed = { $name } har ikke længere en repræsentant i EU/EØS.
change-representative-changed = Oplysningerne om repræsentanten i EU/EØS for { $name } er ændret.
change-context-added = Ny behandlingsaktivitet: { $context }.
change-context-removed = Behandlingsaktiviteten { $context } er fjernet.
change-collection-changed = { $context }: hvor oplysningerne kommer fra, er ændret fra »{ $from }« til »{ $to }«.
change-context-controller-added = { $context }: { $name } er ny dataansvarlig.
change-context-controller-removed = { $context }: { $name } er ikke længere dataansvarlig.
change-purpose-added = { $context }: nyt formål: { $purpose }.
change-purpose-removed = { $context }: formålet { $purpose } er fjernet.
change-legal-basis-changed = { $context }: retsgrundlaget for { $purpose } er ændret fra { $from } til { $to }.
change-legitimate-interest-changed = { $context }: beskrivelsen af den legitime interesse for { $purpose } er ændret.
change-withdraw-changed = { $context }: hvordan du trækker dit samtykke til { $purpose } tilbage, er ændret.
change-direct-marketing-added = { $context }: { $purpose } omfatter nu direkte markedsføring.
change-direct-marketing-removed = { $context }: { $purpose } omfatter ikke længere direkte markedsføring.
change-category-added = { $context }: ny kategori af personoplysninger: { $name }.
change-category-removed = { $context }: kategorien { $name } er fjernet.
change-source-added = { $context }: ny kilde: { $name }.
change-source-removed = { $context }: kilden { $name } er fjernet.
change-recipient-added = { $context }: ny modtager: { $name }.
change-recipient-removed = { $context }: modtageren { $name } er fjernet.
change-authority-added = { $context }: ny tilsynsmyndighed: { $name }.
change-authority-removed = { $context }: tilsynsmyndigheden { $name } er fjernet.
change-requirement-changed = { $context }: om du skal give oplysningerne, er ændret fra »{ $from }« til »{ $to }«.
change-retention-added = Ny opbevaringsperiode for { $subject }.
change-retention-removed = Opbevaringsperioden for { $subject } er fjernet.
change-retention-longer = Opbevaringsperioden for { $subject } er ændret fra { $from } til { $to }.
change-retention-shorter = Opbevaringsperioden for { $subject } er ændret fra { $from } til { $to }.
change-retention-trigger-changed = Opbevaringsperioden for { $subject } regnes nu { $to }, ikke længere { $from }.
change-retention-criteria-changed = Kriterierne for opbevaringsperioden for { $subject } er ændret.
change-transfer-added = { $context }: oplysningerne kan nu overføres til { $country }.
change-transfer-removed = { $context }: oplysningerne overføres ikke længere til { $country }.
change-transfer-mechanism-changed = { $context }: grundlaget for overførsel til { $country } er ændret fra { $from } til { $to }.
change-automated-added = { $context }: der træffes nu afgørelser, som alene er baseret på automatisk behandling.
change-automated-removed = { $context }: der træffes ikke længere afgørelser, som alene er baseret på automatisk behandling.
change-profiling-added = { $context }: vi bruger nu profilering.
change-profiling-removed = { $context }: vi bruger ikke længere profilering.
change-right-restricted = { $context }: { $right } gælder ikke længere.
change-right-restored = { $context }: { $right } gælder nu.
change-waiver-added = { $context }: ny undtagelse fra oplysningspligten ({ $rule }).
change-waiver-removed = { $context }: undtagelsen fra oplysningspligten ({ $rule }) er fjernet.
change-cookie-added = Ny cookie: { $name }.
change-cookie-removed = Cookien { $name } er fjernet.
change-cookie-longer = Levetiden for cookien { $name } er ændret fra { $from } til { $to }.
change-cookie-shorter = Levetiden for cookien { $name } er ændret fra { $from } til { $to }.
change-cookie-category-changed = Cookien { $name } er flyttet fra kategorien »{ $from }« til »{ $to }«.
change-cookie-party-changed = Cookien { $name } er ændret fra »{ $from }« til »{ $to }«.
change-session = sessionen

## Hvorfor en ændring er væsentlig eller ej

change-reason-new-controller = en ny dataansvarlig
change-reason-new-contact = nye kontaktoplysninger til at udøve dine rettigheder
change-reason-new-processing = ny behandling af personoplysninger
change-reason-new-purpose = et nyt eller ændret formål
change-reason-legal-basis = et ændret retsgrundlag
change-reason-new-data = nye oplysninger eller kilder
change-reason-new-recipients = nye modtagere
change-reason-transfer-outside-eea = overførsel til lande uden for EØS
change-reason-longer-retention = længere eller ny opbevaringsperiode
change-reason-rights = en ændring i, hvordan du udøver dine rettigheder
change-reason-automated-decisions = automatiske afgørelser eller profilering
change-reason-less-information = færre oplysninger til dig
change-reason-less-processing = mindre behandling af personoplysninger
change-reason-shorter-retention = kortere opbevaringsperiode
change-reason-wording = ændret ordlyd
change-reason-transfer-inside-eea = overførsel inden for EØS
