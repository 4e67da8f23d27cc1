### disclose: vokabulär för svenska (sv).
### Samma nycklar och attribut som nb.ftl, da.ftl och fi.ftl, i samma ordning.

## Rättslig grund (artikel 6.1 i dataskyddsförordningen) och undantag för särskilda kategorier (artikel 9.2)

legal-basis-art6-1-a = Samtycke
    .article = artikel 6.1 a i dataskyddsförordningen
legal-basis-art6-1-b = Avtal
    .article = artikel 6.1 b i dataskyddsförordningen
legal-basis-art6-1-c = Rättslig förpliktelse
    .article = artikel 6.1 c i dataskyddsförordningen
legal-basis-art6-1-d = Grundläggande intressen
    .article = artikel 6.1 d i dataskyddsförordningen
legal-basis-art6-1-e = Uppgift av allmänt intresse eller myndighetsutövning
    .article = artikel 6.1 e i dataskyddsförordningen
legal-basis-art6-1-f = Berättigat intresse
    .article = artikel 6.1 f i dataskyddsförordningen
legal-basis-art9-2-a = Uttryckligt samtycke
    .article = artikel 9.2 a i dataskyddsförordningen
legal-basis-art9-2-b = Skyldigheter och rättigheter inom arbetsrätten och på områdena social trygghet och socialt skydd
    .article = artikel 9.2 b i dataskyddsförordningen
legal-basis-art9-2-c = Grundläggande intressen när den registrerade inte kan ge sitt samtycke
    .article = artikel 9.2 c i dataskyddsförordningen
legal-basis-art9-2-d = Ideell organisation med politiskt, filosofiskt, religiöst eller fackligt syfte
    .article = artikel 9.2 d i dataskyddsförordningen
legal-basis-art9-2-e = Uppgifter som den registrerade på ett tydligt sätt har offentliggjort
    .article = artikel 9.2 e i dataskyddsförordningen
legal-basis-art9-2-f = Fastställa, göra gällande eller försvara rättsliga anspråk
    .article = artikel 9.2 f i dataskyddsförordningen
legal-basis-art9-2-g = Viktigt allmänt intresse
    .article = artikel 9.2 g i dataskyddsförordningen
legal-basis-art9-2-h = Förebyggande hälso- och sjukvård, yrkesmedicin, medicinska diagnoser, vård, behandling och social omsorg
    .article = artikel 9.2 h i dataskyddsförordningen
legal-basis-art9-2-i = Allmänintresse på folkhälsoområdet
    .article = artikel 9.2 i i dataskyddsförordningen
legal-basis-art9-2-j = Arkivändamål av allmänt intresse, forskning eller statistik
    .article = artikel 9.2 j i dataskyddsförordningen

## Kategorier av personuppgifter

category-name = Namn
category-contact = Kontaktuppgifter
category-postal-address = Postadress
category-email = E-postadress
category-phone = Telefonnummer
category-date-of-birth = Födelsedatum
category-national-id = Personnummer eller annat nationellt identitetsnummer
category-identity-document = Identitetshandling (pass eller id-kort)
category-job-title = Yrkestitel
category-employer = Arbetsgivare
category-language = Språk
category-family-situation = Familjeförhållanden och civilstånd
category-employment-status = Anställning och sysselsättning
category-financial = Ekonomiska uppgifter
category-income = Inkomst
category-debt = Skulder och lån
category-assets = Tillgångar
category-payment-history = Betalningshistorik
category-credit-rating = Kreditvärdighet
category-bank-account = Kontonummer och bankuppgifter
category-transactions = Transaktioner och betalningar
category-case-details = Uppgifter om ärendet
category-communications = Korrespondens och annan kommunikation med oss
category-call-recordings = Inspelade telefonsamtal
category-politically-exposed = Uppgifter om person i politiskt utsatt ställning (PEP)
category-image = Bilder
category-cctv-footage = Inspelningar från kamerabevakning
category-visit-details = Uppgifter om besöket
category-ip-address = IP-adress
category-device = Uppgifter om din enhet
category-online-identifier = Online-identifikatorer
category-usage = Användning av webbplats och tjänster
category-location = Lokaliseringsuppgifter
category-survey-responses = Enkätsvar
category-preferences = Preferenser och inställningar
category-health = Uppgifter om hälsa
category-racial-ethnic-origin = Ras eller etniskt ursprung
category-political-opinions = Politiska åsikter
category-religious-beliefs = Religiös eller filosofisk övertygelse
category-trade-union = Medlemskap i fackförening
category-genetic = Genetiska uppgifter
category-biometric = Biometriska uppgifter för att entydigt identifiera en person
category-sex-life = Sexualliv eller sexuell läggning
category-criminal-offences = Fällande domar i brottmål och överträdelser

## Mottagare

recipient-group-companies = Bolag i samma koncern
recipient-it-service-providers = Leverantörer av it-tjänster
recipient-cloud-providers = Leverantörer av molntjänster
recipient-printing-and-mail = Tryckeri- och posttjänster
recipient-payment-service-providers = Betaltjänstleverantörer
recipient-marketing-consultants = Marknadsföringskonsulter
recipient-survey-providers = Leverantörer av enkätundersökningar
recipient-analytics-providers = Leverantörer av analystjänster
recipient-advertising-networks = Annonsnätverk
recipient-legal-advisers = Juridiska rådgivare
recipient-auditors = Revisorer
recipient-banks = Banker
recipient-creditors = Borgenärer
recipient-clients = Uppdragsgivare (våra kunder)
recipient-collection-agents-abroad = Inkassoombud i utlandet
recipient-credit-reference-agencies = Kreditupplysningsföretag
recipient-courts = Domstolar
recipient-enforcement-authorities = Verkställighetsmyndigheter
recipient-tax-authorities = Skattemyndigheter
recipient-police = Polisen
recipient-public-authorities = Offentliga myndigheter
recipient-security-companies = Säkerhetsföretag
recipient-buyers-of-claims = Köpare av fordringar

## Källor

source-data-subject = Dig själv
source-creditors = Borgenärer
source-clients = Uppdragsgivare (våra kunder)
source-represented-company = Företaget du representerar
source-group-companies = Bolag i samma koncern
source-population-register = Folkbokföringen
source-public-registers = Offentliga register
source-credit-reference-agencies = Kreditupplysningsföretag
source-enforcement-authorities = Verkställighetsmyndigheter
source-courts = Domstolar
source-observation = Observation (till exempel kamerabevakning)
source-website = Vår webbplats

## Grund för överföring (kapitel V i dataskyddsförordningen)

mechanism-art45 = Beslut om adekvat skyddsnivå
    .article = artikel 45.3 i dataskyddsförordningen
mechanism-art46-2-a = Rättsligt bindande och verkställbart instrument mellan offentliga myndigheter eller organ
    .article = artikel 46.2 a i dataskyddsförordningen
mechanism-art46-2-b = Bindande företagsbestämmelser
    .article = artikel 46.2 b i dataskyddsförordningen
mechanism-art46-2-c = Standardiserade dataskyddsbestämmelser som antagits av EU-kommissionen (standardavtalsklausuler)
    .article = artikel 46.2 c i dataskyddsförordningen
mechanism-art46-2-d = Standardiserade dataskyddsbestämmelser som antagits av en tillsynsmyndighet och godkänts av EU-kommissionen
    .article = artikel 46.2 d i dataskyddsförordningen
mechanism-art46-2-e = Godkänd uppförandekod med bindande åtaganden för mottagaren
    .article = artikel 46.2 e i dataskyddsförordningen
mechanism-art46-2-f = Godkänd certifieringsmekanism med bindande åtaganden för mottagaren
    .article = artikel 46.2 f i dataskyddsförordningen
mechanism-art46-3-a = Avtalsklausuler som godkänts av tillsynsmyndigheten
    .article = artikel 46.3 a i dataskyddsförordningen
mechanism-art46-3-b = Bestämmelser i administrativa överenskommelser mellan offentliga myndigheter, godkända av tillsynsmyndigheten
    .article = artikel 46.3 b i dataskyddsförordningen
mechanism-art47 = Bindande företagsbestämmelser som godkänts av tillsynsmyndigheten
    .article = artikel 47 i dataskyddsförordningen
mechanism-art49-1-a = Ditt uttryckliga samtycke till överföringen
    .article = artikel 49.1 a i dataskyddsförordningen
mechanism-art49-1-b = Nödvändig för att fullgöra ett avtal med dig
    .article = artikel 49.1 b i dataskyddsförordningen
mechanism-art49-1-c = Nödvändig för att ingå eller fullgöra ett avtal i ditt intresse
    .article = artikel 49.1 c i dataskyddsförordningen
mechanism-art49-1-d = Nödvändig av viktiga skäl som rör allmänintresset
    .article = artikel 49.1 d i dataskyddsförordningen
mechanism-art49-1-e = Nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk
    .article = artikel 49.1 e i dataskyddsförordningen
mechanism-art49-1-f = Nödvändig för att skydda grundläggande intressen när samtycke inte kan ges
    .article = artikel 49.1 f i dataskyddsförordningen
mechanism-art49-1-g = Överföring från ett offentligt register
    .article = artikel 49.1 g i dataskyddsförordningen
mechanism-art49-1-second = Tvingande berättigade intressen (enstaka överföring)
    .article = artikel 49.1 andra stycket i dataskyddsförordningen

## Vad lagringstiden räknas från (följer efter en tidsperiod: ”24 månader efter …”)

trigger-collection = efter att uppgifterna samlades in
trigger-end-of-relationship = efter att affärsrelationen har upphört
trigger-end-of-contract = efter att avtalet har upphört
trigger-case-closed = efter att ärendet har avslutats
trigger-claim-settled = efter att fordran har reglerats
trigger-last-contact = efter den senaste kontakten med dig
trigger-recording = efter inspelningen
trigger-visit = efter besöket
trigger-survey-completed = efter att undersökningen har genomförts
trigger-consent-withdrawn = efter att du har återkallat ditt samtycke
trigger-end-of-financial-year = efter räkenskapsårets slut
trigger-account-closed = efter att kontot har avslutats

## Rättigheter

right-access = Rätt till tillgång
    .article = artikel 15 i dataskyddsförordningen
    .description = Du kan få veta om vi behandlar uppgifter om dig och i så fall få en kopia av uppgifterna och information om behandlingen.
right-rectification = Rätt till rättelse
    .article = artikel 16 i dataskyddsförordningen
    .description = Du kan be oss rätta felaktiga uppgifter om dig och komplettera ofullständiga uppgifter.
right-erasure = Rätt till radering
    .article = artikel 17 i dataskyddsförordningen
    .description = Du kan be oss radera uppgifter om dig, till exempel när de inte längre behövs för det ändamål som de samlades in för.
right-restriction = Rätt till begränsning av behandling
    .article = artikel 18 i dataskyddsförordningen
    .description = Du kan i vissa fall begära att vi begränsar behandlingen, till exempel medan det utreds om uppgifterna är korrekta, så att vi bara lagrar dem.
right-portability = Rätt till dataportabilitet
    .article = artikel 20 i dataskyddsförordningen
    .description = Du kan få ut uppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och få dem överförda till en annan personuppgiftsansvarig.
right-object = Rätt att invända
    .article = artikel 21 i dataskyddsförordningen
    .description = Du kan invända mot behandling som grundar sig på ett berättigat intresse eller på en uppgift av allmänt intresse, och du kan alltid invända mot direktmarknadsföring.
right-withdraw-consent = Rätt att återkalla samtycke
    .article = artikel 7.3 i dataskyddsförordningen
    .description = Du kan när som helst återkalla ditt samtycke, utan att det påverkar lagligheten av behandlingen innan du återkallade det.
right-human-review = Rätt till personlig kontakt med den personuppgiftsansvarige vid automatiserade beslut
    .article = artikel 22.3 i dataskyddsförordningen
    .description = Vid ett beslut som enbart grundar sig på automatiserad behandling har du rätt till personlig kontakt med oss för att kunna uttrycka din åsikt och bestrida beslutet.
right-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet
    .article = artikel 77 i dataskyddsförordningen
    .description = Du kan lämna in klagomål till en tillsynsmyndighet om du anser att vi behandlar dina personuppgifter i strid med dataskyddsförordningen.

## Varför en rättighet inte gäller

right-reason-portability-basis = Rätten gäller bara behandling som grundar sig på samtycke eller avtal och sker automatiserat, och det gör inte denna behandling (artikel 20.1 i dataskyddsförordningen).
right-reason-object-basis = Rätten gäller bara behandling som grundar sig på en uppgift av allmänt intresse eller på ett berättigat intresse, och det gör inte denna behandling (artikel 21.1 i dataskyddsförordningen).
right-reason-erasure-legal-obligation = Vi måste behålla uppgifterna för att fullgöra en rättslig förpliktelse (artikel 17.3 b i dataskyddsförordningen).
right-reason-erasure-legal-claims = Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 17.3 e i dataskyddsförordningen).
right-reason-restriction-legal-claims = Vi får fortsätta att behandla uppgifterna för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 18.2 i dataskyddsförordningen).

## Grunder för undantag från informationsplikten

waiver-ground-art13-4 = Du har redan informationen
    .article = artikel 13.4 i dataskyddsförordningen
waiver-ground-art14-5-a = Du har redan informationen
    .article = artikel 14.5 a i dataskyddsförordningen
waiver-ground-art14-5-b = Omöjligt, eller skulle medföra en oproportionell ansträngning
    .article = artikel 14.5 b i dataskyddsförordningen
waiver-ground-art14-5-c = Insamling eller utlämnande är uttryckligen föreskrivet i lag
    .article = artikel 14.5 c i dataskyddsförordningen
waiver-ground-art14-5-d = Lagstadgad tystnadsplikt
    .article = artikel 14.5 d i dataskyddsförordningen
waiver-ground-national-law = Undantag i nationell lag
    .article = artikel 23 i dataskyddsförordningen och nationell lag

## Cookies

cookie-category-necessary = Nödvändiga
cookie-category-functional = Funktionella
cookie-category-performance = Statistik och prestanda
cookie-category-targeting = Marknadsföring
cookie-party-first = Förstapart
cookie-party-third = Tredjepart

## Länder

country-AT = Österrike
country-BE = Belgien
country-BG = Bulgarien
country-CY = Cypern
country-CZ = Tjeckien
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FR = Frankrike
country-GR = Grekland
country-HR = Kroatien
country-HU = Ungern
country-IE = Irland
country-IS = Island
country-IT = Italien
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MT = Malta
country-NL = Nederländerna
country-NO = Norge
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Sverige
country-SI = Slovenien
country-SK = Slovakien
country-AR = Argentina
country-AU = Australien
country-BR = Brasilien
country-CA = Kanada
country-CH = Schweiz
country-CN = Kina
country-GB = Storbritannien
country-IL = Israel
country-IN = Indien
country-JP = Japan
country-KR = Sydkorea
country-NZ = Nya Zeeland
country-PH = Filippinerna
country-SG = Singapore
country-UA = Ukraina
country-US = USA
country-UY = Uruguay
country-ZA = Sydafrika
country-outside-eea = Länder utanför EES som inte anges närmare

## Tillsynsmyndigheter

authority-NO = Datatilsynet (Norge)
    .address = Postboks 458 Sentrum, 0105 Oslo, Norge
    .url = https://www.datatilsynet.no/
authority-SE = Integritetsskyddsmyndigheten (IMY)
    .address = Box 8114, 104 20 Stockholm
    .url = https://www.imy.se/
authority-DK = Datatilsynet (Danmark)
    .address = Carl Jacobsens Vej 35, 2500 Valby, Danmark
    .url = https://www.datatilsynet.dk/
    .phone = +45 33 19 32 00
authority-FI = Dataombudsmannens byrå
    .address = PB 800, 00531 Helsingfors, Finland
    .url = https://tietosuoja.fi/sv
    .phone = +358 29 566 6700

## Hur uppgifterna samlas in

collection-direct = Från dig
    .article = artikel 13 i dataskyddsförordningen
collection-indirect = Från andra än dig
    .article = artikel 14 i dataskyddsförordningen
collection-both = Från dig och från andra
    .article = artiklarna 13 och 14 i dataskyddsförordningen

## Om du måste lämna uppgifterna (artikel 13.2 e i dataskyddsförordningen)

requirement-statutory = Ett lagstadgat krav
requirement-contractual = Ett krav enligt avtal
requirement-contract-prerequisite = Ett nödvändigt krav för att ingå ett avtal
requirement-voluntary = Frivilligt

## Tidsperioder

duration-years =
    { $count ->
        [one] { $count } år
       *[other] { $count } år
    }
duration-months =
    { $count ->
        [one] { $count } månad
       *[other] { $count } månader
    }
duration-weeks =
    { $count ->
        [one] { $count } vecka
       *[other] { $count } veckor
    }
duration-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagar
    }
duration-hours =
    { $count ->
        [one] { $count } timme
       *[other] { $count } timmar
    }
duration-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
duration-session = tills du stänger webbläsaren
retention-period = { $duration } { $trigger }
# A period that is an upper or a lower bound ("högst 5 år efter …"), and the law that sets it.
retention-at-most = högst { $period }
retention-at-least = minst { $period }
retention-under-law = { $period } (enligt { $law })

## Rubriker

section-at-a-glance = I korthet
section-contents = Innehåll
section-controllers = Personuppgiftsansvarig och kontaktuppgifter
section-contexts = När vi behandlar personuppgifter
section-purposes = Ändamål och rättslig grund
section-categories = Vilka personuppgifter vi behandlar
section-sources = Varifrån uppgifterna kommer
section-recipients = Vilka vi delar uppgifterna med
section-transfers = Överföring till länder utanför EU/EES
section-retention = Hur länge vi sparar uppgifterna
section-automated-decisions = Automatiserade beslut och profilering
section-requirement = Måste du lämna uppgifterna till oss?
section-rights = Dina rättigheter
section-object = Rätten att invända
section-complaint = Klagomål till en tillsynsmyndighet
section-cookies = Cookies
section-waivers = Information som vi inte lämnar
section-versions = Versioner
section-other = Övrig information

## Sidnavigering

ui-language-name = Svenska
ui-skip-to-content = Hoppa till huvudinnehållet
ui-choose-language = Välj språk
ui-languages = Språk
ui-notices = Integritetspolicyer
ui-notice = Integritetspolicy
ui-footer-generated = Integritetspolicyer
ui-not-found = Sidan hittades inte
ui-not-found-text = Den här sidan finns inte, men du hittar alla integritetspolicyer i översikten.
ui-back-to-index = Tillbaka till översikten

## Personuppgiftsansvarig och kontaktuppgifter

ui-controller = Personuppgiftsansvarig
# Processing on behalf of another controller (Art. 28): who is responsible, and where to turn.
ui-processor = Personuppgiftsbiträde
ui-processor-service = I den här tjänsten behandlar vi personuppgifter som personuppgiftsbiträde på uppdrag av { $controller }, som är personuppgiftsansvarig. Frågor om behandlingen och begäranden om att utöva dina rättigheter riktar du till { $controller }.
ui-org-number = Organisationsnummer
ui-address = Adress
ui-email = E-post
ui-phone = Telefon
ui-website = Webbplats
ui-country = Land
ui-dpo = Dataskyddsombud
ui-representative = Företrädare i EU/EES
ui-representative-for = Företrädare i EU/EES för { $controller }
ui-rights-contact = Skicka din begäran till { $email }.

## Behandlingar, ändamål och uppgifter

ui-context = Behandling
ui-contexts = Behandlingar
ui-purpose = Ändamål
ui-legal-basis = Rättslig grund
ui-law = Lagstöd
ui-legitimate-interest = Berättigat intresse
ui-withdraw-at = Du kan när som helst återkalla ditt samtycke: { $where }
ui-category = Kategori av personuppgifter
ui-special-category = Särskild kategori av personuppgifter
ui-criminal-data = Uppgifter om fällande domar i brottmål och överträdelser
ui-collection = Insamling
ui-source = Källa
ui-public-source = Allmänt tillgänglig källa
ui-non-public-source = Inte allmänt tillgänglig källa
ui-recipient = Mottagare

## Överföring till länder utanför EU/EES

ui-destination-country = Mottagarland
ui-mechanism = Grund för överföringen
ui-adequacy = Beslut om adekvat skyddsnivå
ui-adequacy-yes = EU-kommissionen har beslutat att landet säkerställer en adekvat skyddsnivå.
ui-adequacy-no = Det finns inget beslut om adekvat skyddsnivå för landet; överföringen grundar sig på de skyddsåtgärder som anges.
ui-safeguards-copy = Så får du en kopia av skyddsåtgärderna

## Lagringstid

ui-period = Lagringstid
ui-applies-to = Gäller för
ui-all-purposes = Alla ändamål
ui-criteria = Kriterier för lagringstiden

## Automatiserade beslut och profilering

ui-art22-yes = I denna behandling fattas beslut som enbart grundar sig på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.
ui-art22-no = I denna behandling fattas inga beslut som enbart grundar sig på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.
ui-profiling-yes = Vi använder profilering i denna behandling.
ui-profiling-no = Vi använder inte profilering i denna behandling.
ui-logic = Logiken bakom
ui-significance = Betydelse
ui-consequences = De förutsedda följderna för dig

## Om du måste lämna uppgifterna

ui-requirement = Skyldighet att lämna uppgifter
ui-not-providing = Om du inte lämnar uppgifterna

## Rättigheter och klagomål

ui-right = Rättighet
ui-applies = Gäller
ui-does-not-apply = Gäller inte
ui-reason = Skäl
ui-object-explained = Du har rätt att när som helst, av skäl som hänför sig till din specifika situation, invända mot behandling av dina personuppgifter som grundar sig på vårt berättigade intresse eller på en uppgift av allmänt intresse. Då upphör vi med behandlingen, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk. Du kan alltid invända mot att uppgifterna används för direktmarknadsföring, och då slutar vi att använda dem för det.
ui-complaint-intro = Du kan lämna in klagomål till en tillsynsmyndighet, särskilt i det land där du bor eller arbetar eller där den påstådda överträdelsen ägde rum. Nedan anges de tillsynsmyndigheter som vi hänvisar till.

## Cookies

ui-cookie-name = Namn
ui-cookie-host = Domän
ui-cookie-provider = Leverantör
ui-cookie-category = Kategori
ui-cookie-party = Första- eller tredjepart
ui-cookie-lifetime = Livslängd
ui-cookie-purpose = Ändamål

## Undantag från informationsplikten

ui-waiver-intro = I följande fall lämnar vi inte information, av det skäl som anges:
ui-waiver-rule = Information som inte lämnas
ui-waiver-ground = Grund för undantaget
ui-waiver-reason = Motivering

## Versioner

ui-version = Version
ui-version-label = Version { $version }
ui-published = Publicerad
ui-published-on = Publicerad { $date }
ui-effective = Gäller från
ui-effective-from = Gäller från och med { $date }
ui-draft = Utkast
ui-draft-banner = Detta är ett utkast och har inte publicerats.
ui-current-version = Gällande version
ui-all-versions = Alla versioner
ui-old-version-banner = Detta är version { $version }, som inte längre gäller. Gällande version är { $current }.
ui-go-to-current = Läs den version som gäller nu
ui-changes-summary = Vad har ändrats
ui-machine-readable = Den här integritetspolicyn som JSON

## I korthet

ui-glance-intro = Här är det viktigaste i korthet, och detaljerna finns längre ned.
ui-glance-controllers = Vem som är ansvarig
ui-glance-purposes = Vad vi använder uppgifterna till
ui-glance-rights = Dina rättigheter
ui-glance-surprising = Bra att veta
ui-glance-transfers = Dina uppgifter kan föras över till länder utanför EES.
ui-glance-transfers-to = Dina uppgifter kan föras över till länder utanför EES: { $countries }.
ui-glance-automated = Vi fattar automatiserade beslut om dig.
ui-glance-profiling = Vi använder profilering.
ui-glance-special = Vi kan behandla särskilda kategorier av personuppgifter.
ui-glance-indirect = Vi hämtar också uppgifter om dig från andra.
ui-glance-situations = Bara det som gäller dig
ui-glance-situations-intro = Välj din situation, så ser du bara det som gäller den:
ui-situation-view = Bara det som gäller den här situationen
ui-situation-lede = Här står bara det som gäller den här situationen. Hela integritetspolicyn innehåller allt, även det som gäller andra situationer.
ui-read-full-notice = Läs hela integritetspolicyn
ui-other-situations = Andra situationer
ui-back-to-contents = Till innehållsförteckningen

## Korta ord

ui-none = Inga
ui-yes = Ja
ui-no = Nej

## What a waiver withholds, by rule (shown in the waivers table)
rule-R01 = Den personuppgiftsansvariges identitet och kontaktuppgifter
rule-R02 = Kontaktuppgifter till företrädaren inom EES
rule-R03 = Kontaktuppgifter till dataskyddsombudet
rule-R04 = Ändamålen med behandlingen
rule-R05 = Den rättsliga grunden för behandlingen
rule-R06 = De berättigade intressen som eftersträvas
rule-R07 = Kategorierna av personuppgifter
rule-R08 = Mottagarna av personuppgifterna
rule-R09 = Överföring till länder utanför EES
rule-R10 = Var en kopia av skyddsåtgärderna kan erhållas
rule-R11 = Hur länge uppgifterna lagras
rule-R12 = Dina rättigheter
rule-R12a = Rätten att invända
rule-R13 = Rätten att återkalla samtycke
rule-R14 = Rätten att lämna klagomål till en tillsynsmyndighet
rule-R15 = Om du måste lämna uppgifterna och vad som händer om du inte gör det
rule-R16 = Varifrån uppgifterna kommer
rule-R17 = Automatiserat beslutsfattande, inklusive profilering
rule-R18 = Ett nytt ändamål med behandlingen

## Ändringshistorik: sidor, länkar och flöde

ui-changes = Ändringshistorik
ui-changes-link = Se vad som har ändrats mellan versionerna
ui-changes-title = Ändringshistorik: { $title }
ui-changes-intro = Här finns alla publicerade versioner av denna integritetspolicy, den senaste först, med vad som har ändrats sedan versionen före.
ui-changes-from = Ändringar sedan version { $from }
ui-first-version = Första publicerade versionen.
ui-material = Väsentlig ändring
ui-not-material = Ingen väsentlig ändring
ui-material-changes = Ändringar i uppgifterna
ui-no-fact-changes = Inga ändringar i uppgifterna.
ui-prose-changes = Ändringar i texten
ui-no-prose-changes = Inga ändringar i texten.
ui-intro-section = Inledning
ui-section-added = Nytt avsnitt
ui-section-removed = Borttaget avsnitt
ui-inserted = Tillagt:
ui-deleted = Borttaget:
ui-why = Varför
ui-correction = Rättelse
ui-correction-on = Rättad { $date }: { $reason }
ui-in-force-since = Gäller från { $date }
ui-in-force-from-to = Gällde från { $from } till och med { $to }
ui-takes-effect = Börjar gälla { $date }
ui-replaced-by = Ersatt av version { $version }
ui-title-version = { $title }, version { $version }
ui-feed = Ändringar i integritetspolicyerna (Atom)
ui-feed-title = { $site }: ändringar

## Ändringar i uppgifterna, en mening var
## $context är behandlingen, $purpose ändamålet, $name det som har lagts till eller tagits bort.

change-controller-added = { $name } är ny personuppgiftsansvarig.
change-controller-removed = { $name } är inte längre personuppgiftsansvarig.
change-controller-contact-changed = Kontaktuppgifterna till { $name } har ändrats.
change-dpo-added = Vi har utsett ett dataskyddsombud.
change-dpo-removed = Vi har inte längre något dataskyddsombud.
change-dpo-contact-changed = Kontaktuppgifterna till dataskyddsombudet har ändrats.
change-representative-added = { $name } har utsett en företrädare i EU/EES.
change-representative-removed = { $name } har inte längre någon företrädare i EU/EES.
change-representative-changed = Uppgifterna om företrädaren i EU/EES för { $name } har ändrats.
change-context-added = Ny behandling: { $context }.
change-context-removed = Behandlingen { $context } har tagits bort.
change-collection-changed = { $context }: varifrån uppgifterna kommer har ändrats från ”{ $from }” till ”{ $to }”.
change-context-controller-added = { $context }: { $name } är ny personuppgiftsansvarig.
change-context-controller-removed = { $context }: { $name } är inte längre personuppgiftsansvarig.
change-purpose-added = { $context }: nytt ändamål: { $purpose }.
change-purpose-removed = { $context }: ändamålet { $purpose } har tagits bort.
change-legal-basis-changed = { $context }: den rättsliga grunden för { $purpose } har ändrats från { $from } till { $to }.
change-legitimate-interest-changed = { $context }: beskrivningen av det berättigade intresset för { $purpose } har ändrats.
change-withdraw-changed = { $context }: hur du återkallar ditt samtycke till { $purpose } har ändrats.
change-direct-marketing-added = { $context }: { $purpose } omfattar nu direktmarknadsföring.
change-direct-marketing-removed = { $context }: { $purpose } omfattar inte längre direktmarknadsföring.
change-category-added = { $context }: ny kategori av personuppgifter: { $name }.
change-category-removed = { $context }: kategorin { $name } har tagits bort.
change-source-added = { $context }: ny källa: { $name }.
change-source-removed = { $context }: källan { $name } har tagits bort.
change-recipient-added = { $context }: ny mottagare: { $name }.
change-recipient-removed = { $context }: mottagaren { $name } har tagits bort.
change-authority-added = { $context }: ny tillsynsmyndighet: { $name }.
change-authority-removed = { $context }: tillsynsmyndigheten { $name } har tagits bort.
change-requirement-changed = { $context }: om du måste lämna uppgifterna har ändrats från ”{ $from }” till ”{ $to }”.
change-retention-added = Ny lagringstid för { $subject }.
change-retention-removed = Lagringstiden för { $subject } har tagits bort.
change-retention-longer = Lagringstiden för { $subject } har ändrats från { $from } till { $to }.
change-retention-shorter = Lagringstiden för { $subject } har ändrats från { $from } till { $to }.
change-retention-trigger-changed = Lagringstiden för { $subject } räknas nu { $to }, inte längre { $from }.
change-retention-criteria-changed = Kriterierna för lagringstiden för { $subject } har ändrats.
change-transfer-added = { $context }: uppgifterna kan nu överföras till { $country }.
change-transfer-removed = { $context }: uppgifterna överförs inte längre till { $country }.
change-transfer-mechanism-changed = { $context }: grunden för överföringen till { $country } har ändrats från { $from } till { $to }.
change-automated-added = { $context }: nu fattas beslut som enbart grundas på automatiserad behandling.
change-automated-removed = { $context }: det fattas inte längre beslut som enbart grundas på automatiserad behandling.
change-profiling-added = { $context }: vi använder nu profilering.
change-profiling-removed = { $context }: vi använder inte längre profilering.
change-right-restricted = { $context }: { $right } gäller inte längre.
change-right-restored = { $context }: { $right } gäller nu.
change-waiver-added = { $context }: nytt undantag från informationsplikten ({ $rule }).
change-waiver-removed = { $context }: undantaget från informationsplikten ({ $rule }) har tagits bort.
change-cookie-added = Ny kaka: { $name }.
change-cookie-removed = Kakan { $name } har tagits bort.
change-cookie-longer = Livslängden för kakan { $name } har ändrats från { $from } till { $to }.
change-cookie-shorter = Livslängden för kakan { $name } har ändrats från { $from } till { $to }.
change-cookie-category-changed = Kakan { $name } har flyttats från kategorin ”{ $from }” till ”{ $to }”.
change-cookie-party-changed = Kakan { $name } har ändrats från ”{ $from }” till ”{ $to }”.
change-session = sessionen

## Varför en ändring är väsentlig eller inte

change-reason-new-controller = en ny personuppgiftsansvarig
change-reason-new-contact = nya kontaktuppgifter för att utöva dina rättigheter
change-reason-new-processing = ny behandling av personuppgifter
change-reason-new-purpose = ett nytt eller ändrat ändamål
change-reason-legal-basis = en ändrad rättslig grund
change-reason-new-data = nya uppgifter eller källor
change-reason-new-recipients = nya mottagare
change-reason-transfer-outside-eea = överföring till land utanför EES
change-reason-longer-retention = längre eller ny lagringstid
change-reason-rights = en ändring i hur du utövar dina rättigheter
change-reason-automated-decisions = automatiserade beslut eller profilering
change-reason-less-information = mindre information till dig
change-reason-less-processing = mindre behandling av personuppgifter
change-reason-shorter-retention = kortare lagringstid
change-reason-wording = ändrad formulering
change-reason-transfer-inside-eea = överföring inom EES
