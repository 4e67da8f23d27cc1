### disclose: vokabular for norsk bokmål (nb).
### Samme nøkler og attributter som sv.ftl, da.ftl og fi.ftl, i samme rekkefølge.

## Rettslig grunnlag (personvernforordningen artikkel 6 nr. 1) og vilkår for særlige kategorier (artikkel 9 nr. 2)

legal-basis-art6-1-a = Samtykke
    .article = personvernforordningen artikkel 6 nr. 1 bokstav a
legal-basis-art6-1-b = Avtale
    .article = personvernforordningen artikkel 6 nr. 1 bokstav b
legal-basis-art6-1-c = Rettslig forpliktelse
    .article = personvernforordningen artikkel 6 nr. 1 bokstav c
legal-basis-art6-1-d = Vitale interesser
    .article = personvernforordningen artikkel 6 nr. 1 bokstav d
legal-basis-art6-1-e = Oppgave i allmennhetens interesse eller offentlig myndighetsutøvelse
    .article = personvernforordningen artikkel 6 nr. 1 bokstav e
legal-basis-art6-1-f = Berettiget interesse
    .article = personvernforordningen artikkel 6 nr. 1 bokstav f
legal-basis-art9-2-a = Uttrykkelig samtykke
    .article = personvernforordningen artikkel 9 nr. 2 bokstav a
legal-basis-art9-2-b = Forpliktelser og rettigheter innen arbeidsrett, trygderett og sosialrett
    .article = personvernforordningen artikkel 9 nr. 2 bokstav b
legal-basis-art9-2-c = Vitale interesser når den registrerte ikke kan samtykke
    .article = personvernforordningen artikkel 9 nr. 2 bokstav c
legal-basis-art9-2-d = Ideell organisasjon med politisk, filosofisk, religiøst eller fagforeningsmessig formål
    .article = personvernforordningen artikkel 9 nr. 2 bokstav d
legal-basis-art9-2-e = Opplysninger som den registrerte åpenbart har offentliggjort
    .article = personvernforordningen artikkel 9 nr. 2 bokstav e
legal-basis-art9-2-f = Fastsette, gjøre gjeldende eller forsvare rettskrav
    .article = personvernforordningen artikkel 9 nr. 2 bokstav f
legal-basis-art9-2-g = Viktige allmenne interesser
    .article = personvernforordningen artikkel 9 nr. 2 bokstav g
legal-basis-art9-2-h = Forebyggende medisin, arbeidsmedisin, medisinsk diagnose og helse- og sosialtjenester
    .article = personvernforordningen artikkel 9 nr. 2 bokstav h
legal-basis-art9-2-i = Allmenne folkehelsehensyn
    .article = personvernforordningen artikkel 9 nr. 2 bokstav i
legal-basis-art9-2-j = Arkivformål i allmennhetens interesse, forskning eller statistikk
    .article = personvernforordningen artikkel 9 nr. 2 bokstav j

## Kategorier av personopplysninger

category-name = Navn
category-contact = Kontaktopplysninger
category-postal-address = Postadresse
category-email = E-postadresse
category-phone = Telefonnummer
category-date-of-birth = Fødselsdato
category-national-id = Fødselsnummer eller annet nasjonalt identitetsnummer
category-identity-document = Legitimasjon (pass eller ID-kort)
category-job-title = Stillingstittel
category-employer = Arbeidsgiver
category-language = Språk
category-family-situation = Familieforhold og sivilstand
category-employment-status = Arbeidsforhold og yrkesstatus
category-financial = Økonomiske opplysninger
category-income = Inntekt
category-debt = Gjeld og lån
category-assets = Eiendeler
category-payment-history = Betalingshistorikk
category-credit-rating = Kredittvurdering
category-bank-account = Kontonummer og bankopplysninger
category-transactions = Transaksjoner og innbetalinger
category-case-details = Opplysninger om saken
category-communications = Korrespondanse og annen kommunikasjon med oss
category-call-recordings = Opptak av telefonsamtaler
category-politically-exposed = Opplysninger om politisk eksponert person (PEP)
category-image = Bilder
category-cctv-footage = Opptak fra kameraovervåking
category-visit-details = Opplysninger om besøket
category-ip-address = IP-adresse
category-device = Opplysninger om enheten din
category-online-identifier = Nettidentifikatorer
category-usage = Bruk av nettsted og tjenester
category-location = Lokaliseringsopplysninger
category-survey-responses = Svar på spørreundersøkelser
category-preferences = Preferanser og innstillinger
category-health = Helseopplysninger
category-racial-ethnic-origin = Rasemessig eller etnisk opprinnelse
category-political-opinions = Politisk oppfatning
category-religious-beliefs = Religion eller filosofisk overbevisning
category-trade-union = Fagforeningsmedlemskap
category-genetic = Genetiske opplysninger
category-biometric = Biometriske opplysninger for entydig identifisering
category-sex-life = Seksuelle forhold eller seksuell orientering
category-criminal-offences = Straffedommer og lovovertredelser

## Mottakere

recipient-group-companies = Selskaper i samme konsern
recipient-it-service-providers = Leverandører av IT-tjenester
recipient-cloud-providers = Leverandører av skytjenester
recipient-printing-and-mail = Trykkeri- og posttjenester
recipient-payment-service-providers = Betalingstjenesteytere
recipient-marketing-consultants = Markedsføringskonsulenter
recipient-survey-providers = Leverandører av spørreundersøkelser
recipient-analytics-providers = Leverandører av analysetjenester
recipient-advertising-networks = Annonsenettverk
recipient-legal-advisers = Juridiske rådgivere
recipient-auditors = Revisorer
recipient-banks = Banker
recipient-creditors = Kreditorer
recipient-clients = Oppdragsgivere (våre kunder)
recipient-collection-agents-abroad = Inkassopartnere i utlandet
recipient-credit-reference-agencies = Kredittopplysningsforetak
recipient-courts = Domstoler
recipient-enforcement-authorities = Namsmyndigheter
recipient-tax-authorities = Skattemyndigheter
recipient-police = Politiet
recipient-public-authorities = Offentlige myndigheter
recipient-security-companies = Vakt- og sikkerhetsselskaper
recipient-buyers-of-claims = Kjøpere av fordringer

## Kilder

source-data-subject = Deg selv
source-creditors = Kreditorer
source-clients = Oppdragsgivere (våre kunder)
source-represented-company = Virksomheten du representerer
source-group-companies = Selskaper i samme konsern
source-population-register = Folkeregisteret
source-public-registers = Offentlige registre
source-credit-reference-agencies = Kredittopplysningsforetak
source-enforcement-authorities = Namsmyndigheter
source-courts = Domstoler
source-observation = Observasjon (for eksempel kameraovervåking)
source-website = Nettstedet vårt

## Overføringsgrunnlag (personvernforordningen kapittel V)

mechanism-art45 = Beslutning om tilstrekkelig beskyttelsesnivå
    .article = personvernforordningen artikkel 45 nr. 3
mechanism-art46-2-a = Rettslig bindende og håndhevbart instrument mellom offentlige myndigheter eller organer
    .article = personvernforordningen artikkel 46 nr. 2 bokstav a
mechanism-art46-2-b = Bindende virksomhetsregler
    .article = personvernforordningen artikkel 46 nr. 2 bokstav b
mechanism-art46-2-c = Standard personvernbestemmelser vedtatt av EU-kommisjonen (standardavtaler)
    .article = personvernforordningen artikkel 46 nr. 2 bokstav c
mechanism-art46-2-d = Standard personvernbestemmelser vedtatt av en tilsynsmyndighet og godkjent av EU-kommisjonen
    .article = personvernforordningen artikkel 46 nr. 2 bokstav d
mechanism-art46-2-e = Godkjente atferdsnormer med bindende forpliktelser hos mottakeren
    .article = personvernforordningen artikkel 46 nr. 2 bokstav e
mechanism-art46-2-f = Godkjent sertifiseringsmekanisme med bindende forpliktelser hos mottakeren
    .article = personvernforordningen artikkel 46 nr. 2 bokstav f
mechanism-art46-3-a = Avtalevilkår godkjent av tilsynsmyndigheten
    .article = personvernforordningen artikkel 46 nr. 3 bokstav a
mechanism-art46-3-b = Bestemmelser i administrative ordninger mellom offentlige myndigheter, godkjent av tilsynsmyndigheten
    .article = personvernforordningen artikkel 46 nr. 3 bokstav b
mechanism-art47 = Bindende virksomhetsregler godkjent av tilsynsmyndigheten
    .article = personvernforordningen artikkel 47
mechanism-art49-1-a = Ditt uttrykkelige samtykke til overføringen
    .article = personvernforordningen artikkel 49 nr. 1 bokstav a
mechanism-art49-1-b = Nødvendig for å oppfylle en avtale med deg
    .article = personvernforordningen artikkel 49 nr. 1 bokstav b
mechanism-art49-1-c = Nødvendig for å inngå eller oppfylle en avtale i din interesse
    .article = personvernforordningen artikkel 49 nr. 1 bokstav c
mechanism-art49-1-d = Nødvendig av hensyn til viktige allmenne interesser
    .article = personvernforordningen artikkel 49 nr. 1 bokstav d
mechanism-art49-1-e = Nødvendig for å fastsette, gjøre gjeldende eller forsvare rettskrav
    .article = personvernforordningen artikkel 49 nr. 1 bokstav e
mechanism-art49-1-f = Nødvendig for å verne vitale interesser når samtykke ikke kan gis
    .article = personvernforordningen artikkel 49 nr. 1 bokstav f
mechanism-art49-1-g = Overføring fra et offentlig register
    .article = personvernforordningen artikkel 49 nr. 1 bokstav g
mechanism-art49-1-second = Tvingende berettigede interesser (enkeltstående overføring)
    .article = personvernforordningen artikkel 49 nr. 1 annet ledd

## Hva lagringstiden regnes fra (følger etter en varighet: «24 måneder etter …»)

trigger-collection = etter at opplysningene ble samlet inn
trigger-end-of-relationship = etter at forretningsforbindelsen er avsluttet
trigger-end-of-contract = etter at avtalen er avsluttet
trigger-case-closed = etter at saken er avsluttet
trigger-claim-settled = etter at kravet er gjort opp
trigger-last-contact = etter siste kontakt med deg
trigger-recording = etter opptaket
trigger-visit = etter besøket
trigger-survey-completed = etter at undersøkelsen er gjennomført
trigger-consent-withdrawn = etter at du har trukket tilbake samtykket
trigger-end-of-financial-year = etter utløpet av regnskapsåret
trigger-account-closed = etter at kontoen er avsluttet

## Rettigheter

right-access = Rett til innsyn
    .article = personvernforordningen artikkel 15
    .description = Du kan få vite om vi behandler opplysninger om deg, og i så fall få en kopi av opplysningene og informasjon om behandlingen.
right-rectification = Rett til retting
    .article = personvernforordningen artikkel 16
    .description = Du kan be oss rette uriktige opplysninger om deg og supplere ufullstendige opplysninger.
right-erasure = Rett til sletting
    .article = personvernforordningen artikkel 17
    .description = Du kan be oss slette opplysninger om deg, for eksempel når de ikke lenger er nødvendige for formålet de ble samlet inn for.
right-restriction = Rett til begrensning av behandling
    .article = personvernforordningen artikkel 18
    .description = Du kan i visse tilfeller kreve at vi begrenser behandlingen, for eksempel mens det undersøkes om opplysningene er riktige, slik at vi bare lagrer dem.
right-portability = Rett til dataportabilitet
    .article = personvernforordningen artikkel 20
    .description = Du kan få opplysninger som du selv har gitt oss, i et strukturert, alminnelig anvendt og maskinlesbart format, og få dem overført til en annen behandlingsansvarlig.
right-object = Rett til å protestere
    .article = personvernforordningen artikkel 21
    .description = Du kan protestere mot behandling som bygger på berettiget interesse eller på en oppgave i allmennhetens interesse, og du kan alltid protestere mot direkte markedsføring.
right-withdraw-consent = Rett til å trekke tilbake samtykke
    .article = personvernforordningen artikkel 7 nr. 3
    .description = Du kan når som helst trekke tilbake samtykket ditt, uten at det påvirker lovligheten av behandlingen før du trakk det tilbake.
right-human-review = Rett til menneskelig inngripen ved automatiserte avgjørelser
    .article = personvernforordningen artikkel 22 nr. 3
    .description = Du kan kreve menneskelig inngripen fra oss i en avgjørelse som er tatt utelukkende ved automatisert behandling, gi uttrykk for ditt syn og bestride avgjørelsen.
right-complaint = Rett til å klage til en tilsynsmyndighet
    .article = personvernforordningen artikkel 77
    .description = Du kan klage til en tilsynsmyndighet hvis du mener at vi behandler personopplysninger om deg i strid med personvernforordningen.

## Hvorfor en rettighet ikke gjelder

right-reason-portability-basis = Retten gjelder bare behandling som bygger på samtykke eller avtale og skjer automatisert, og det gjør ikke denne behandlingen (personvernforordningen artikkel 20 nr. 1).
right-reason-object-basis = Retten gjelder bare behandling som bygger på en oppgave i allmennhetens interesse eller på berettiget interesse, og det gjør ikke denne behandlingen (personvernforordningen artikkel 21 nr. 1).
right-reason-erasure-legal-obligation = Vi må beholde opplysningene for å oppfylle en rettslig forpliktelse (personvernforordningen artikkel 17 nr. 3 bokstav b).
right-reason-erasure-legal-claims = Opplysningene er nødvendige for å fastsette, gjøre gjeldende eller forsvare rettskrav (personvernforordningen artikkel 17 nr. 3 bokstav e).
right-reason-restriction-legal-claims = Vi kan fortsatt behandle opplysningene for å fastsette, gjøre gjeldende eller forsvare rettskrav (personvernforordningen artikkel 18 nr. 2).

## Grunnlag for unntak fra informasjonsplikten

waiver-ground-art13-4 = Du har allerede informasjonen
    .article = personvernforordningen artikkel 13 nr. 4
waiver-ground-art14-5-a = Du har allerede informasjonen
    .article = personvernforordningen artikkel 14 nr. 5 bokstav a
waiver-ground-art14-5-b = Umulig, eller vil kreve en uforholdsmessig stor innsats
    .article = personvernforordningen artikkel 14 nr. 5 bokstav b
waiver-ground-art14-5-c = Innhenting eller utlevering er uttrykkelig fastsatt i lov
    .article = personvernforordningen artikkel 14 nr. 5 bokstav c
waiver-ground-art14-5-d = Lovbestemt taushetsplikt
    .article = personvernforordningen artikkel 14 nr. 5 bokstav d
waiver-ground-national-law = Unntak i nasjonal lov
    .article = personvernforordningen artikkel 23 og nasjonal lov

## Informasjonskapsler

cookie-category-necessary = Nødvendige
cookie-category-functional = Funksjonelle
cookie-category-performance = Statistikk og ytelse
cookie-category-targeting = Markedsføring
cookie-party-first = Førstepart
cookie-party-third = Tredjepart

## Land

country-AT = Østerrike
country-BE = Belgia
country-BG = Bulgaria
country-CY = Kypros
country-CZ = Tsjekkia
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spania
country-FI = Finland
country-FR = Frankrike
country-GR = Hellas
country-HR = Kroatia
country-HU = Ungarn
country-IE = Irland
country-IS = Island
country-IT = Italia
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxembourg
country-LV = Latvia
country-MT = Malta
country-NL = Nederland
country-NO = Norge
country-PL = Polen
country-PT = Portugal
country-RO = Romania
country-SE = Sverige
country-SI = Slovenia
country-SK = Slovakia
country-AR = Argentina
country-AU = Australia
country-BR = Brasil
country-CA = Canada
country-CH = Sveits
country-CN = Kina
country-GB = Storbritannia
country-IL = Israel
country-IN = India
country-JP = Japan
country-KR = Sør-Korea
country-NZ = New Zealand
country-PH = Filippinene
country-SG = Singapore
country-UA = Ukraina
country-US = USA
country-UY = Uruguay
country-ZA = Sør-Afrika
country-outside-eea = Land utenfor EØS som ikke er nærmere angitt

## Tilsynsmyndigheter

authority-NO = Datatilsynet
    .address = Postboks 458 Sentrum, 0105 Oslo
    .url = https://www.datatilsynet.no/
authority-SE = Integritetsskyddsmyndigheten (IMY)
    .address = Box 8114, 104 20 Stockholm, Sverige
    .url = https://www.imy.se/
authority-DK = Datatilsynet (Danmark)
    .address = Carl Jacobsens Vej 35, 2500 Valby, Danmark
    .url = https://www.datatilsynet.dk/
    .phone = +45 33 19 32 00
authority-FI = Tietosuojavaltuutetun toimisto (Finland)
    .address = PL 800, 00531 Helsinki, Finland
    .url = https://tietosuoja.fi/
    .phone = +358 29 566 6700

## Hvordan opplysningene samles inn

collection-direct = Fra deg
    .article = personvernforordningen artikkel 13
collection-indirect = Fra andre enn deg
    .article = personvernforordningen artikkel 14
collection-both = Fra deg og fra andre
    .article = personvernforordningen artikkel 13 og 14

## Om du må gi opplysningene (personvernforordningen artikkel 13 nr. 2 bokstav e)

requirement-statutory = Et lovpålagt krav
requirement-contractual = Et krav i avtalen
requirement-contract-prerequisite = Et nødvendig vilkår for å inngå en avtale
requirement-voluntary = Frivillig

## Varigheter

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
        [one] { $count } uke
       *[other] { $count } uker
    }
duration-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dager
    }
duration-hours =
    { $count ->
        [one] { $count } time
       *[other] { $count } timer
    }
duration-minutes =
    { $count ->
        [one] { $count } minutt
       *[other] { $count } minutter
    }
duration-session = til du lukker nettleseren
retention-period = { $duration } { $trigger }
# A period that is an upper or a lower bound ("høyst 5 år etter …"), and the law that sets it.
retention-at-most = høyst { $period }
retention-at-least = minst { $period }
retention-under-law = { $period } (i henhold til { $law })

## Overskrifter

section-at-a-glance = Kort fortalt
section-contents = Innhold
section-controllers = Behandlingsansvarlig og kontaktopplysninger
section-contexts = Når vi behandler personopplysninger
section-purposes = Formål og rettslig grunnlag
section-categories = Hvilke personopplysninger vi behandler
section-sources = Hvor opplysningene kommer fra
section-recipients = Hvem vi deler opplysningene med
section-transfers = Overføring til land utenfor EU/EØS
section-retention = Hvor lenge vi lagrer opplysningene
section-automated-decisions = Automatiserte avgjørelser og profilering
section-requirement = Må du gi oss opplysningene?
section-rights = Dine rettigheter
section-object = Retten til å protestere
section-complaint = Klage til en tilsynsmyndighet
section-cookies = Informasjonskapsler (cookies)
section-waivers = Informasjon vi ikke gir
section-versions = Versjoner
section-other = Annen informasjon

## Sidenavigasjon

ui-language-name = Norsk bokmål
ui-skip-to-content = Gå til hovedinnholdet
ui-choose-language = Velg språk
ui-languages = Språk
ui-notices = Personvernerklæringer
ui-notice = Personvernerklæring
ui-footer-generated = Personvernerklæringer
ui-not-found = Fant ikke siden
ui-not-found-text = Denne siden finnes ikke, men du finner alle personvernerklæringene i oversikten.
ui-back-to-index = Tilbake til oversikten

## Behandlingsansvarlig og kontaktopplysninger

ui-controller = Behandlingsansvarlig
# Processing on behalf of another controller (Art. 28): who is responsible, and where to turn.
ui-processor = Databehandler
ui-processor-service = I denne tjenesten behandler vi personopplysninger som databehandler på vegne av { $controller }, som er behandlingsansvarlig. Spørsmål om behandlingen og forespørsler om å bruke rettighetene dine retter du til { $controller }.
ui-org-number = Organisasjonsnummer
ui-address = Adresse
ui-email = E-post
ui-phone = Telefon
ui-website = Nettsted
ui-country = Land
ui-dpo = Personvernombud
ui-representative = Representant i EU/EØS
ui-representative-for = Representant i EU/EØS for { $controller }
ui-rights-contact = Send forespørselen din til { $email }.

## Behandlinger, formål og opplysninger

ui-context = Behandlingsaktivitet
ui-contexts = Behandlingsaktiviteter
ui-purpose = Formål
ui-legal-basis = Rettslig grunnlag
ui-law = Lovhjemmel
ui-legitimate-interest = Berettiget interesse
ui-withdraw-at = Du kan når som helst trekke tilbake samtykket ditt: { $where }
ui-category = Kategori av personopplysninger
ui-special-category = Særlig kategori av personopplysninger
ui-criminal-data = Opplysninger om straffedommer og lovovertredelser
ui-collection = Innsamling
ui-source = Kilde
ui-public-source = Offentlig tilgjengelig kilde
ui-non-public-source = Ikke offentlig tilgjengelig kilde
ui-recipient = Mottaker

## Overføring til land utenfor EU/EØS

ui-destination-country = Mottakerland
ui-mechanism = Overføringsgrunnlag
ui-adequacy = Beslutning om tilstrekkelig beskyttelsesnivå
ui-adequacy-yes = EU-kommisjonen har besluttet at dette landet har et tilstrekkelig beskyttelsesnivå.
ui-adequacy-no = Det finnes ingen beslutning om tilstrekkelig beskyttelsesnivå for dette landet; overføringen bygger på garantiene som er oppgitt.
ui-safeguards-copy = Slik får du en kopi av garantiene

## Lagringstid

ui-period = Lagringstid
ui-applies-to = Gjelder for
ui-all-purposes = Alle formål
ui-criteria = Kriterier for lagringstiden

## Automatiserte avgjørelser og profilering

ui-art22-yes = I denne behandlingen treffes det avgjørelser som utelukkende bygger på automatisert behandling, herunder profilering, og som har rettsvirkning for deg eller på lignende måte påvirker deg i betydelig grad.
ui-art22-no = I denne behandlingen treffes det ingen avgjørelser som utelukkende bygger på automatisert behandling, herunder profilering, og som har rettsvirkning for deg eller på lignende måte påvirker deg i betydelig grad.
ui-profiling-yes = Vi bruker profilering i denne behandlingen.
ui-profiling-no = Vi bruker ikke profilering i denne behandlingen.
ui-logic = Logikken som benyttes
ui-significance = Betydning
ui-consequences = Forventede konsekvenser for deg

## Om du må gi opplysningene

ui-requirement = Plikt til å gi opplysninger
ui-not-providing = Hvis du ikke gir oss opplysningene

## Rettigheter og klage

ui-right = Rettighet
ui-applies = Gjelder
ui-does-not-apply = Gjelder ikke
ui-reason = Begrunnelse
ui-object-explained = Du har når som helst rett til, av grunner knyttet til din særlige situasjon, å protestere mot behandling av personopplysninger om deg som bygger på vår berettigede interesse eller på en oppgave i allmennhetens interesse. Da stanser vi behandlingen, med mindre vi kan påvise tvingende berettigede grunner som går foran dine interesser, rettigheter og friheter, eller behandlingen er nødvendig for å fastsette, gjøre gjeldende eller forsvare rettskrav. Du kan alltid protestere mot at opplysningene brukes til direkte markedsføring, og da slutter vi å bruke dem til det.
ui-complaint-intro = Du kan klage til en tilsynsmyndighet, særlig i landet der du bor eller arbeider, eller der den påståtte overtredelsen fant sted. Nedenfor står tilsynsmyndighetene vi viser til.

## Informasjonskapsler

ui-cookie-name = Navn
ui-cookie-host = Domene
ui-cookie-provider = Leverandør
ui-cookie-category = Kategori
ui-cookie-party = Første- eller tredjepart
ui-cookie-lifetime = Levetid
ui-cookie-purpose = Formål

## Unntak fra informasjonsplikten

ui-waiver-intro = I følgende tilfeller gir vi ikke informasjon, av den grunnen som er oppgitt:
ui-waiver-rule = Informasjon som ikke gis
ui-waiver-ground = Grunnlag for unntaket
ui-waiver-reason = Begrunnelse

## Versjoner

ui-version = Versjon
ui-version-label = Versjon { $version }
ui-published = Publisert
ui-published-on = Publisert { $date }
ui-effective = Gjelder fra
ui-effective-from = Gjelder fra { $date }
ui-draft = Utkast
ui-draft-banner = Dette er et utkast og er ikke publisert.
ui-current-version = Gjeldende versjon
ui-all-versions = Alle versjoner
ui-old-version-banner = Dette er versjon { $version }, som ikke lenger gjelder. Gjeldende versjon er { $current }.
ui-go-to-current = Les versjonen som gjelder nå
ui-changes-summary = Hva er endret
ui-machine-readable = Denne personvernerklæringen som JSON

## Kort fortalt

ui-glance-intro = Her er det viktigste kort oppsummert, og detaljene står lenger ned.
ui-glance-controllers = Hvem som er ansvarlig
ui-glance-purposes = Hva vi bruker opplysningene til
ui-glance-rights = Dine rettigheter
ui-glance-surprising = Greit å vite
ui-glance-transfers = Opplysningene dine kan bli overført til land utenfor EØS.
ui-glance-transfers-to = Opplysningene dine kan bli overført til land utenfor EØS: { $countries }.
ui-glance-automated = Vi treffer automatiserte avgjørelser om deg.
ui-glance-profiling = Vi bruker profilering.
ui-glance-special = Vi kan behandle særlige kategorier av personopplysninger.
ui-glance-indirect = Vi henter også opplysninger om deg fra andre.
ui-glance-situations = Bare det som gjelder deg
ui-glance-situations-intro = Velg situasjonen din, så ser du bare det som gjelder den:
ui-situation-view = Bare det som gjelder denne situasjonen
ui-situation-lede = Her står bare det som gjelder denne situasjonen. Hele personvernerklæringen har alt, også det som gjelder andre situasjoner.
ui-read-full-notice = Les hele personvernerklæringen
ui-other-situations = Andre situasjoner
ui-back-to-contents = Til innholdsfortegnelsen

## Korte ord

ui-none = Ingen
ui-yes = Ja
ui-no = Nei

## What a waiver withholds, by rule (shown in the waivers table)
rule-R01 = Identiteten og kontaktopplysningene til den behandlingsansvarlige
rule-R02 = Kontaktopplysninger til representanten i EØS
rule-R03 = Kontaktopplysninger til personvernombudet
rule-R04 = Formålene med behandlingen
rule-R05 = Det rettslige grunnlaget for behandlingen
rule-R06 = De berettigede interessene som forfølges
rule-R07 = Kategoriene av personopplysninger
rule-R08 = Mottakerne av personopplysningene
rule-R09 = Overføring til land utenfor EØS
rule-R10 = Hvor en kopi av garantiene kan fås
rule-R11 = Hvor lenge opplysningene lagres
rule-R12 = Dine rettigheter
rule-R12a = Retten til å protestere
rule-R13 = Retten til å trekke tilbake samtykke
rule-R14 = Retten til å klage til en tilsynsmyndighet
rule-R15 = Om du må gi opplysningene, og hva som skjer om du ikke gjør det
rule-R16 = Hvor opplysningene kommer fra
rule-R17 = Automatiserte avgjørelser, herunder profilering
rule-R18 = Et nytt formål med behandlingen

## Endringshistorikk: sider, lenker og feed

ui-changes = Endringshistorikk
ui-changes-link = Se hva som er endret mellom versjonene
ui-changes-title = Endringshistorikk: { $title }
ui-changes-intro = Her er alle publiserte versjoner av denne personvernerklæringen, den nyeste først, med hva som er endret fra versjonen før.
ui-changes-from = Endringer fra versjon { $from }
ui-first-version = Første publiserte versjon.
ui-material = Vesentlig endring
ui-not-material = Ingen vesentlig endring
ui-material-changes = Endringer i opplysningene
ui-no-fact-changes = Ingen endringer i opplysningene.
ui-prose-changes = Endringer i teksten
ui-no-prose-changes = Ingen endringer i teksten.
ui-intro-section = Innledning
ui-section-added = Ny del
ui-section-removed = Fjernet del
ui-inserted = Satt inn:
ui-deleted = Fjernet:
ui-why = Hvorfor
ui-correction = Rettelse
ui-correction-on = Rettet { $date }: { $reason }
ui-in-force-since = Gjelder fra { $date }
ui-in-force-from-to = Gjaldt fra { $from } til og med { $to }
ui-takes-effect = Trer i kraft { $date }
ui-replaced-by = Erstattet av versjon { $version }
ui-title-version = { $title }, versjon { $version }
ui-feed = Endringer i personvernerklæringene (Atom)
ui-feed-title = { $site }: endringer

## Endringer i opplysningene, én setning hver
## $context er behandlingsaktiviteten, $purpose formålet, $name det som er lagt til eller fjernet.

change-controller-added = { $name } er ny behandlingsansvarlig.
change-controller-removed = { $name } er ikke lenger behandlingsansvarlig.
change-controller-contact-changed = Kontaktopplysningene til { $name } er endret.
change-dpo-added = Vi har fått et personvernombud.
change-dpo-removed = Vi har ikke lenger et personvernombud.
change-dpo-contact-changed = Kontaktopplysningene til personvernombudet er endret.
change-representative-added = { $name } har fått en representant i EU/EØS.
change-representative-removed = { $name } har ikke lenger en representant i EU/EØS.
change-representative-changed = Opplysningene om representanten i EU/EØS for { $name } er endret.
change-context-added = Ny behandlingsaktivitet: { $context }.
change-context-removed = Behandlingsaktiviteten { $context } er fjernet.
change-collection-changed = { $context }: hvor opplysningene kommer fra er endret fra «{ $from }» til «{ $to }».
change-context-controller-added = { $context }: { $name } er ny behandlingsansvarlig.
change-context-controller-removed = { $context }: { $name } er ikke lenger behandlingsansvarlig.
change-purpose-added = { $context }: nytt formål: { $purpose }.
change-purpose-removed = { $context }: formålet { $purpose } er fjernet.
change-legal-basis-changed = { $context }: det rettslige grunnlaget for { $purpose } er endret fra { $from } til { $to }.
change-legitimate-interest-changed = { $context }: beskrivelsen av den berettigede interessen for { $purpose } er endret.
change-withdraw-changed = { $context }: hvordan du trekker tilbake samtykket til { $purpose }, er endret.
change-direct-marketing-added = { $context }: { $purpose } omfatter nå direkte markedsføring.
change-direct-marketing-removed = { $context }: { $purpose } omfatter ikke lenger direkte markedsføring.
change-category-added = { $context }: ny kategori av personopplysninger: { $name }.
change-category-removed = { $context }: kategorien { $name } er fjernet.
change-source-added = { $context }: ny kilde: { $name }.
change-source-removed = { $context }: kilden { $name } er fjernet.
change-recipient-added = { $context }: ny mottaker: { $name }.
change-recipient-removed = { $context }: mottakeren { $name } er fjernet.
change-authority-added = { $context }: ny tilsynsmyndighet: { $name }.
change-authority-removed = { $context }: tilsynsmyndigheten { $name } er fjernet.
change-requirement-changed = { $context }: om du må gi opplysningene, er endret fra «{ $from }» til «{ $to }».
change-retention-added = Ny lagringstid for { $subject }.
change-retention-removed = Lagringstiden for { $subject } er fjernet.
change-retention-longer = Lagringstiden for { $subject } er endret fra { $from } til { $to }.
change-retention-shorter = Lagringstiden for { $subject } er endret fra { $from } til { $to }.
change-retention-trigger-changed = Lagringstiden for { $subject } regnes nå { $to }, ikke lenger { $from }.
change-retention-criteria-changed = Kriteriene for lagringstiden for { $subject } er endret.
change-transfer-added = { $context }: opplysningene kan nå overføres til { $country }.
change-transfer-removed = { $context }: opplysningene overføres ikke lenger til { $country }.
change-transfer-mechanism-changed = { $context }: overføringsgrunnlaget for { $country } er endret fra { $from } til { $to }.
change-automated-added = { $context }: det treffes nå avgjørelser som utelukkende bygger på automatisert behandling.
change-automated-removed = { $context }: det treffes ikke lenger avgjørelser som utelukkende bygger på automatisert behandling.
change-profiling-added = { $context }: vi bruker nå profilering.
change-profiling-removed = { $context }: vi bruker ikke lenger profilering.
change-right-restricted = { $context }: { $right } gjelder ikke lenger.
change-right-restored = { $context }: { $right } gjelder nå.
change-waiver-added = { $context }: nytt unntak fra informasjonsplikten ({ $rule }).
change-waiver-removed = { $context }: unntaket fra informasjonsplikten ({ $rule }) er fjernet.
change-cookie-added = Ny informasjonskapsel: { $name }.
change-cookie-removed = Informasjonskapselen { $name } er fjernet.
change-cookie-longer = Levetiden til informasjonskapselen { $name } er endret fra { $from } til { $to }.
change-cookie-shorter = Levetiden til informasjonskapselen { $name } er endret fra { $from } til { $to }.
change-cookie-category-changed = Informasjonskapselen { $name } er flyttet fra kategorien «{ $from }» til «{ $to }».
change-cookie-party-changed = Informasjonskapselen { $name } er endret fra «{ $from }» til «{ $to }».
change-session = økten

## Hvorfor en endring er vesentlig eller ikke

change-reason-new-controller = en ny behandlingsansvarlig
change-reason-new-contact = nye kontaktopplysninger for å utøve rettighetene dine
change-reason-new-processing = ny behandling av personopplysninger
change-reason-new-purpose = et nytt eller endret formål
change-reason-legal-basis = et endret rettslig grunnlag
change-reason-new-data = nye opplysninger eller kilder
change-reason-new-recipients = nye mottakere
change-reason-transfer-outside-eea = overføring til land utenfor EØS
change-reason-longer-retention = lengre eller ny lagringstid
change-reason-rights = en endring i hvordan du utøver rettighetene dine
change-reason-automated-decisions = automatiserte avgjørelser eller profilering
change-reason-less-information = mindre informasjon til deg
change-reason-less-processing = mindre behandling av personopplysninger
change-reason-shorter-retention = kortere lagringstid
change-reason-wording = endret ordlyd
change-reason-transfer-inside-eea = overføring innenfor EØS
