### disclose: sanasto suomeksi (fi).
### Samat avaimet ja attribuutit kuin nb.ftl-, sv.ftl- ja da.ftl-tiedostoissa, samassa järjestyksessä.

## Käsittelyn oikeusperuste (tietosuoja-asetuksen 6 artiklan 1 kohta) ja erityisten henkilötietoryhmien käsittelyn edellytykset (9 artiklan 2 kohta)

legal-basis-art6-1-a = Suostumus
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta
legal-basis-art6-1-b = Sopimus
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta
legal-basis-art6-1-c = Lakisääteinen velvoite
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta
legal-basis-art6-1-d = Elintärkeät edut
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta
legal-basis-art6-1-e = Yleisen edun mukainen tehtävä tai julkisen vallan käyttö
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta
legal-basis-art6-1-f = Oikeutettu etu
    .article = tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta
legal-basis-art9-2-a = Nimenomainen suostumus
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan a alakohta
legal-basis-art9-2-b = Työoikeuden, sosiaaliturvan ja sosiaalisen suojelun alan velvoitteet ja oikeudet
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohta
legal-basis-art9-2-c = Elintärkeät edut, kun rekisteröity ei pysty antamaan suostumusta
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan c alakohta
legal-basis-art9-2-d = Poliittisen, filosofisen, uskonnollisen tai ammattiliittotoimintaan liittyvän voittoa tavoittelemattoman yhteisön toiminta
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan d alakohta
legal-basis-art9-2-e = Tiedot, jotka rekisteröity on ilmeisesti saattanut julkisiksi
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan e alakohta
legal-basis-art9-2-f = Oikeusvaateen laatiminen, esittäminen tai puolustaminen
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan f alakohta
legal-basis-art9-2-g = Tärkeä yleinen etu
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan g alakohta
legal-basis-art9-2-h = Ennaltaehkäisevä lääketiede, työterveyshuolto, lääketieteelliset diagnoosit sekä terveydenhuolto ja sosiaalihuolto
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohta
legal-basis-art9-2-i = Kansanterveyteen liittyvä yleinen etu
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan i alakohta
legal-basis-art9-2-j = Yleisen edun mukaiset arkistointitarkoitukset, tutkimus tai tilastointi
    .article = tietosuoja-asetuksen 9 artiklan 2 kohdan j alakohta

## Henkilötietoryhmät

category-name = Nimi
category-contact = Yhteystiedot
category-postal-address = Postiosoite
category-email = Sähköpostiosoite
category-phone = Puhelinnumero
category-date-of-birth = Syntymäaika
category-national-id = Henkilötunnus tai muu kansallinen tunnistenumero
category-identity-document = Henkilöllisyystodistus (passi tai henkilökortti)
category-job-title = Tehtävänimike
category-employer = Työnantaja
category-language = Kieli
category-family-situation = Perhesuhteet ja siviilisääty
category-employment-status = Työ- ja ammattitilanne
category-financial = Taloudelliset tiedot
category-income = Tulot
category-debt = Velat ja lainat
category-assets = Varallisuus
category-payment-history = Maksuhistoria
category-credit-rating = Luottokelpoisuus
category-bank-account = Tilinumero ja pankkitiedot
category-transactions = Maksutapahtumat
category-case-details = Asiaa koskevat tiedot
category-communications = Kirjeenvaihto ja muu viestintä kanssamme
category-call-recordings = Puhelutallenteet
category-politically-exposed = Tieto poliittisesti vaikutusvaltaisesta asemasta (PEP)
category-image = Valokuvat
category-cctv-footage = Kameravalvonnan tallenteet
category-visit-details = Käyntiä koskevat tiedot
category-ip-address = IP-osoite
category-device = Laitettasi koskevat tiedot
category-online-identifier = Verkkotunnistetiedot
category-usage = Verkkosivuston ja palvelujen käyttö
category-location = Sijaintitiedot
category-survey-responses = Kyselyvastaukset
category-preferences = Mieltymykset ja asetukset
category-health = Terveystiedot
category-racial-ethnic-origin = Rotu tai etninen alkuperä
category-political-opinions = Poliittiset mielipiteet
category-religious-beliefs = Uskonnollinen tai filosofinen vakaumus
category-trade-union = Ammattiliiton jäsenyys
category-genetic = Geneettiset tiedot
category-biometric = Biometriset tiedot henkilön yksiselitteistä tunnistamista varten
category-sex-life = Seksuaalinen käyttäytyminen ja suuntautuminen
category-criminal-offences = Rikostuomiot ja rikkomukset

## Vastaanottajat

recipient-group-companies = Samaan konserniin kuuluvat yhtiöt
recipient-it-service-providers = IT-palvelujen toimittajat
recipient-cloud-providers = Pilvipalvelujen tarjoajat
recipient-printing-and-mail = Paino- ja postipalvelut
recipient-payment-service-providers = Maksupalveluntarjoajat
recipient-marketing-consultants = Markkinointikonsultit
recipient-survey-providers = Kyselypalvelujen tarjoajat
recipient-analytics-providers = Analytiikkapalvelujen tarjoajat
recipient-advertising-networks = Mainosverkostot
recipient-legal-advisers = Oikeudelliset neuvonantajat
recipient-auditors = Tilintarkastajat
recipient-banks = Pankit
recipient-creditors = Velkojat
recipient-clients = Toimeksiantajat (asiakkaamme)
recipient-collection-agents-abroad = Ulkomaiset perintäkumppanit
recipient-credit-reference-agencies = Luottotietoyhtiöt
recipient-courts = Tuomioistuimet
recipient-enforcement-authorities = Ulosottoviranomaiset
recipient-tax-authorities = Veroviranomaiset
recipient-police = Poliisi
recipient-public-authorities = Viranomaiset
recipient-security-companies = Vartiointi- ja turvallisuusyritykset
recipient-buyers-of-claims = Saatavien ostajat

## Tietolähteet

source-data-subject = Sinä itse
source-creditors = Velkojat
source-clients = Toimeksiantajat (asiakkaamme)
source-represented-company = Edustamasi yritys
source-group-companies = Samaan konserniin kuuluvat yhtiöt
source-population-register = Väestötietojärjestelmä
source-public-registers = Julkiset rekisterit
source-credit-reference-agencies = Luottotietoyhtiöt
source-enforcement-authorities = Ulosottoviranomaiset
source-courts = Tuomioistuimet
source-observation = Havainnointi (esimerkiksi kameravalvonta)
source-website = Verkkosivustomme

## Siirtoperusteet (tietosuoja-asetuksen V luku)

mechanism-art45 = Tietosuojan riittävyyttä koskeva päätös
    .article = tietosuoja-asetuksen 45 artiklan 3 kohta
mechanism-art46-2-a = Viranomaisten tai julkisten elinten välinen oikeudellisesti sitova ja täytäntöönpanokelpoinen väline
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan a alakohta
mechanism-art46-2-b = Yritystä koskevat sitovat säännöt
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan b alakohta
mechanism-art46-2-c = Euroopan komission antamat tietosuojaa koskevat vakiolausekkeet (vakiosopimuslausekkeet)
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta
mechanism-art46-2-d = Valvontaviranomaisen vahvistamat ja Euroopan komission hyväksymät tietosuojaa koskevat vakiolausekkeet
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan d alakohta
mechanism-art46-2-e = Hyväksytyt käytännesäännöt ja vastaanottajan sitovat sitoumukset
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan e alakohta
mechanism-art46-2-f = Hyväksytty sertifiointimekanismi ja vastaanottajan sitovat sitoumukset
    .article = tietosuoja-asetuksen 46 artiklan 2 kohdan f alakohta
mechanism-art46-3-a = Valvontaviranomaisen hyväksymät sopimuslausekkeet
    .article = tietosuoja-asetuksen 46 artiklan 3 kohdan a alakohta
mechanism-art46-3-b = Viranomaisten välisiin hallinnollisiin järjestelyihin sisältyvät määräykset, jotka valvontaviranomainen on hyväksynyt
    .article = tietosuoja-asetuksen 46 artiklan 3 kohdan b alakohta
mechanism-art47 = Valvontaviranomaisen vahvistamat yritystä koskevat sitovat säännöt
    .article = tietosuoja-asetuksen 47 artikla
mechanism-art49-1-a = Nimenomainen suostumuksesi siirtoon
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta
mechanism-art49-1-b = Tarpeen kanssasi tehdyn sopimuksen täytäntöönpanemiseksi
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta
mechanism-art49-1-c = Tarpeen sinun etujesi mukaisen sopimuksen tekemiseksi tai täytäntöönpanemiseksi
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan c alakohta
mechanism-art49-1-d = Tarpeen tärkeää yleistä etua koskevista syistä
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan d alakohta
mechanism-art49-1-e = Tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan e alakohta
mechanism-art49-1-f = Tarpeen elintärkeiden etujen suojaamiseksi, kun suostumusta ei voida antaa
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan f alakohta
mechanism-art49-1-g = Siirto julkisesta rekisteristä
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan g alakohta
mechanism-art49-1-second = Pakottavat oikeutetut edut (yksittäinen siirto)
    .article = tietosuoja-asetuksen 49 artiklan 1 kohdan toinen alakohta

## Mistä säilytysaika lasketaan (tulee keston perään: ”24 kuukautta … jälkeen”)

trigger-collection = tietojen keräämisen jälkeen
trigger-end-of-relationship = asiakassuhteen päättymisen jälkeen
trigger-end-of-contract = sopimuksen päättymisen jälkeen
trigger-case-closed = asian päättymisen jälkeen
trigger-claim-settled = saatavan suorittamisen jälkeen
trigger-last-contact = viimeisimmän yhteydenpidon jälkeen
trigger-recording = tallentamisen jälkeen
trigger-visit = käynnin jälkeen
trigger-survey-completed = kyselyn päättymisen jälkeen
trigger-consent-withdrawn = suostumuksen peruuttamisen jälkeen
trigger-end-of-financial-year = tilikauden päättymisen jälkeen
trigger-account-closed = tilin sulkemisen jälkeen

## Oikeudet

right-access = Oikeus saada pääsy tietoihin
    .article = tietosuoja-asetuksen 15 artikla
    .description = Voit saada tietää, käsittelemmekö sinua koskevia tietoja, ja jos käsittelemme, saada jäljennöksen tiedoista ja tietoa käsittelystä.
right-rectification = Oikeus tietojen oikaisemiseen
    .article = tietosuoja-asetuksen 16 artikla
    .description = Voit pyytää meitä oikaisemaan sinua koskevat virheelliset tiedot ja täydentämään puutteelliset tiedot.
right-erasure = Oikeus tietojen poistamiseen
    .article = tietosuoja-asetuksen 17 artikla
    .description = Voit pyytää meitä poistamaan sinua koskevat tiedot esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin.
right-restriction = Oikeus käsittelyn rajoittamiseen
    .article = tietosuoja-asetuksen 18 artikla
    .description = Voit tietyissä tilanteissa vaatia, että rajoitamme käsittelyä esimerkiksi sen ajan, kun tietojen paikkansapitävyyttä selvitetään, jolloin vain säilytämme tietoja.
right-portability = Oikeus siirtää tiedot järjestelmästä toiseen
    .article = tietosuoja-asetuksen 20 artikla
    .description = Voit saada itse antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
right-object = Oikeus vastustaa käsittelyä
    .article = tietosuoja-asetuksen 21 artikla
    .description = Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuun tai yleisen edun mukaiseen tehtävään, ja voit aina vastustaa suoramarkkinointia.
right-withdraw-consent = Oikeus peruuttaa suostumus
    .article = tietosuoja-asetuksen 7 artiklan 3 kohta
    .description = Voit peruuttaa suostumuksesi milloin tahansa, eikä se vaikuta ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen.
right-human-review = Oikeus vaatia, että päätöksen tekee ihminen
    .article = tietosuoja-asetuksen 22 artiklan 3 kohta
    .description = Kun sinua koskeva päätös perustuu pelkästään automaattiseen käsittelyyn, voit vaatia, että tiedot käsittelee puolestamme luonnollinen henkilö, esittää kantasi ja riitauttaa päätöksen.
right-complaint = Oikeus tehdä valitus valvontaviranomaiselle
    .article = tietosuoja-asetuksen 77 artikla
    .description = Voit tehdä valituksen valvontaviranomaiselle, jos katsot, että käsittelemme henkilötietojasi tietosuoja-asetuksen vastaisesti.

## Miksi oikeutta ei sovelleta

right-reason-portability-basis = Oikeutta sovelletaan vain käsittelyyn, joka perustuu suostumukseen tai sopimukseen ja suoritetaan automaattisesti, eikä tämä käsittely täytä näitä edellytyksiä (tietosuoja-asetuksen 20 artiklan 1 kohta).
right-reason-object-basis = Oikeutta sovelletaan vain käsittelyyn, joka perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun, eikä tämä käsittely perustu niihin (tietosuoja-asetuksen 21 artiklan 1 kohta).
right-reason-erasure-legal-obligation = Meidän on säilytettävä tiedot lakisääteisen velvoitteen noudattamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta).
right-reason-erasure-legal-claims = Tiedot ovat tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta).
right-reason-restriction-legal-claims = Voimme edelleen käsitellä tietoja oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 18 artiklan 2 kohta).

## Perusteet poiketa informointivelvollisuudesta

waiver-ground-art13-4 = Sinulla on jo nämä tiedot
    .article = tietosuoja-asetuksen 13 artiklan 4 kohta
waiver-ground-art14-5-a = Sinulla on jo nämä tiedot
    .article = tietosuoja-asetuksen 14 artiklan 5 kohdan a alakohta
waiver-ground-art14-5-b = Mahdotonta tai vaatisi kohtuutonta vaivaa
    .article = tietosuoja-asetuksen 14 artiklan 5 kohdan b alakohta
waiver-ground-art14-5-c = Tietojen hankkimisesta tai luovuttamisesta säädetään nimenomaisesti laissa
    .article = tietosuoja-asetuksen 14 artiklan 5 kohdan c alakohta
waiver-ground-art14-5-d = Lakisääteinen salassapitovelvollisuus
    .article = tietosuoja-asetuksen 14 artiklan 5 kohdan d alakohta
waiver-ground-national-law = Kansallisessa laissa säädetty poikkeus
    .article = tietosuoja-asetuksen 23 artikla ja kansallinen lainsäädäntö

## Evästeet

cookie-category-necessary = Välttämättömät
cookie-category-functional = Toiminnalliset
cookie-category-performance = Tilastointi ja suorituskyky
cookie-category-targeting = Kohdennettu mainonta
cookie-party-first = Ensimmäinen osapuoli
cookie-party-third = Kolmas osapuoli

## Maat

country-AT = Itävalta
country-BE = Belgia
country-BG = Bulgaria
country-CY = Kypros
country-CZ = Tšekki
country-DE = Saksa
country-DK = Tanska
country-EE = Viro
country-ES = Espanja
country-FI = Suomi
country-FR = Ranska
country-GR = Kreikka
country-HR = Kroatia
country-HU = Unkari
country-IE = Irlanti
country-IS = Islanti
country-IT = Italia
country-LI = Liechtenstein
country-LT = Liettua
country-LU = Luxemburg
country-LV = Latvia
country-MT = Malta
country-NL = Alankomaat
country-NO = Norja
country-PL = Puola
country-PT = Portugali
country-RO = Romania
country-SE = Ruotsi
country-SI = Slovenia
country-SK = Slovakia
country-AR = Argentiina
country-AU = Australia
country-BR = Brasilia
country-CA = Kanada
country-CH = Sveitsi
country-CN = Kiina
country-GB = Yhdistynyt kuningaskunta
country-IL = Israel
country-IN = Intia
country-JP = Japani
country-KR = Etelä-Korea
country-NZ = Uusi-Seelanti
country-PH = Filippiinit
country-SG = Singapore
country-UA = Ukraina
country-US = Yhdysvallat
country-UY = Uruguay
country-ZA = Etelä-Afrikka
country-outside-eea = ETA-alueen ulkopuoliset maat, joita ei ole yksilöity

## Valvontaviranomaiset

authority-NO = Datatilsynet (Norja)
    .address = Postboks 458 Sentrum, 0105 Oslo, Norja
    .url = https://www.datatilsynet.no/
authority-SE = Integritetsskyddsmyndigheten (IMY)
    .address = Box 8114, 104 20 Stockholm, Ruotsi
    .url = https://www.imy.se/
authority-DK = Datatilsynet (Tanska)
    .address = Carl Jacobsens Vej 35, 2500 Valby, Tanska
    .url = https://www.datatilsynet.dk/
    .phone = +45 33 19 32 00
authority-FI = Tietosuojavaltuutetun toimisto
    .address = PL 800, 00531 Helsinki
    .url = https://tietosuoja.fi/
    .phone = +358 29 566 6700

## Miten tiedot kerätään

collection-direct = Sinulta
    .article = tietosuoja-asetuksen 13 artikla
collection-indirect = Muualta kuin sinulta
    .article = tietosuoja-asetuksen 14 artikla
collection-both = Sinulta ja muualta
    .article = tietosuoja-asetuksen 13 ja 14 artikla

## Onko tiedot annettava (tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta)

requirement-statutory = Lakisääteinen vaatimus
requirement-contractual = Sopimukseen perustuva vaatimus
requirement-contract-prerequisite = Sopimuksen tekemisen edellytys
requirement-voluntary = Vapaaehtoinen

## Kestot

duration-years =
    { $count ->
        [one] { $count } vuosi
       *[other] { $count } vuotta
    }
duration-months =
    { $count ->
        [one] { $count } kuukausi
       *[other] { $count } kuukautta
    }
duration-weeks =
    { $count ->
        [one] { $count } viikko
       *[other] { $count } viikkoa
    }
duration-days =
    { $count ->
        [one] { $count } päivä
       *[other] { $count } päivää
    }
duration-hours =
    { $count ->
        [one] { $count } tunti
       *[other] { $count } tuntia
    }
duration-minutes =
    { $count ->
        [one] { $count } minuutti
       *[other] { $count } minuuttia
    }
duration-session = kunnes suljet selaimen
retention-period = { $duration } { $trigger }
# A period that is an upper or a lower bound ("enintään 5 vuotta … jälkeen"), and the law that
# sets it, in brackets so that the law's name needs no inflection.
retention-at-most = enintään { $period }
retention-at-least = vähintään { $period }
retention-under-law = { $period } ({ $law })

## Otsikot

section-at-a-glance = Lyhyesti
section-contents = Sisältö
section-controllers = Rekisterinpitäjä ja yhteystiedot
section-contexts = Milloin käsittelemme henkilötietoja
section-purposes = Käsittelyn tarkoitukset ja oikeusperusteet
section-categories = Mitä henkilötietoja käsittelemme
section-sources = Mistä tiedot saadaan
section-recipients = Kenelle tietoja luovutetaan
section-transfers = Tietojen siirto EU:n ja ETA:n ulkopuolelle
section-retention = Kuinka kauan tietoja säilytetään
section-automated-decisions = Automaattiset päätökset ja profilointi
section-requirement = Onko sinun annettava tiedot meille?
section-rights = Oikeutesi
section-object = Oikeus vastustaa käsittelyä
section-complaint = Valitus valvontaviranomaiselle
section-cookies = Evästeet
section-waivers = Tiedot, joita emme anna
section-versions = Versiot
section-other = Muut tiedot

## Sivun navigointi

ui-language-name = Suomi
ui-skip-to-content = Siirry pääsisältöön
ui-choose-language = Valitse kieli
ui-languages = Kielet
ui-notices = Tietosuojaselosteet
ui-notice = Tietosuojaseloste
ui-footer-generated = Tietosuojaselosteet
ui-not-found = Sivua ei löytynyt
ui-not-found-text = Tätä sivua ei ole, mutta löydät kaikki tietosuojaselosteet etusivulta.
ui-back-to-index = Takaisin etusivulle

## Rekisterinpitäjä ja yhteystiedot

ui-controller = Rekisterinpitäjä
# Processing on behalf of another controller (Art. 28): who is responsible, and where to turn.
ui-processor = Henkilötietojen käsittelijä
ui-processor-service = Tässä palvelussa käsittelemme henkilötietoja henkilötietojen käsittelijänä rekisterinpitäjän lukuun. Rekisterinpitäjä: { $controller }. Käsittelyä koskevat kysymykset ja oikeuksiesi käyttämistä koskevat pyynnöt osoitetaan rekisterinpitäjälle.
ui-org-number = Yritystunnus
ui-address = Osoite
ui-email = Sähköposti
ui-phone = Puhelin
ui-website = Verkkosivusto
ui-country = Maa
ui-dpo = Tietosuojavastaava
ui-representative = Edustaja EU:ssa tai ETA:ssa
ui-representative-for = Rekisterinpitäjän { $controller } edustaja EU:ssa tai ETA:ssa
ui-rights-contact = Lähetä pyyntösi osoitteeseen { $email }.

## Käsittelytoimet, tarkoitukset ja tiedot

ui-context = Käsittelytoimi
ui-contexts = Käsittelytoimet
ui-purpose = Käsittelyn tarkoitus
ui-legal-basis = Käsittelyn oikeusperuste
ui-law = Säädösperusta
ui-legitimate-interest = Oikeutettu etu
ui-withdraw-at = Voit peruuttaa suostumuksesi milloin tahansa: { $where }
ui-category = Henkilötietoryhmä
ui-special-category = Erityinen henkilötietoryhmä
ui-criminal-data = Rikostuomioita ja rikkomuksia koskevat tiedot
ui-collection = Tietojen keruu
ui-source = Lähde
ui-public-source = Yleisesti saatavilla oleva lähde
ui-non-public-source = Ei yleisesti saatavilla oleva lähde
ui-recipient = Vastaanottaja

## Tietojen siirto EU:n ja ETA:n ulkopuolelle

ui-destination-country = Kohdemaa
ui-mechanism = Siirtoperuste
ui-adequacy = Tietosuojan riittävyyttä koskeva päätös
ui-adequacy-yes = Euroopan komissio on päättänyt, että maa varmistaa riittävän tietosuojan tason.
ui-adequacy-no = Maasta ei ole tietosuojan riittävyyttä koskevaa päätöstä; siirto perustuu mainittuihin suojatoimiin.
ui-safeguards-copy = Näin saat jäljennöksen suojatoimista

## Säilytysaika

ui-period = Säilytysaika
ui-applies-to = Koskee
ui-all-purposes = Kaikki käyttötarkoitukset
ui-criteria = Säilytysajan määrittämisperusteet

## Automaattiset päätökset ja profilointi

ui-art22-yes = Tässä käsittelyssä tehdään pelkästään automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä, joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi.
ui-art22-no = Tässä käsittelyssä ei tehdä pelkästään automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä, joilla olisi sinua koskevia oikeusvaikutuksia tai jotka vaikuttaisivat sinuun vastaavalla tavalla merkittävästi.
ui-profiling-yes = Käytämme tässä käsittelyssä profilointia.
ui-profiling-no = Emme käytä tässä käsittelyssä profilointia.
ui-logic = Käsittelyyn liittyvä logiikka
ui-significance = Merkitys
ui-consequences = Suunnitellut seuraukset sinulle

## Onko tiedot annettava

ui-requirement = Velvollisuus antaa tiedot
ui-not-providing = Jos et anna tietoja

## Oikeudet ja valitus

ui-right = Oikeus
ui-applies = Sovelletaan
ui-does-not-apply = Ei sovelleta
ui-reason = Peruste
ui-object-explained = Sinulla on oikeus milloin tahansa erityiseen tilanteeseesi liittyvällä perusteella vastustaa sellaista henkilötietojesi käsittelyä, joka perustuu oikeutettuun etuumme tai yleisen edun mukaiseen tehtävään. Lopetamme silloin käsittelyn, ellemme pysty osoittamaan, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi. Voit aina vastustaa tietojesi käyttöä suoramarkkinointiin, ja silloin lopetamme niiden käytön siihen tarkoitukseen.
ui-complaint-intro = Voit tehdä valituksen valvontaviranomaiselle erityisesti siinä maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Alla ovat valvontaviranomaiset, joihin viittaamme.

## Evästeet

ui-cookie-name = Nimi
ui-cookie-host = Verkkotunnus
ui-cookie-provider = Tarjoaja
ui-cookie-category = Luokka
ui-cookie-party = Osapuoli
ui-cookie-lifetime = Voimassaoloaika
ui-cookie-purpose = Käyttötarkoitus

## Poikkeukset informointivelvollisuudesta

ui-waiver-intro = Seuraavissa tapauksissa emme anna tietoja mainitusta syystä:
ui-waiver-rule = Tieto, jota ei anneta
ui-waiver-ground = Poikkeuksen peruste
ui-waiver-reason = Perustelu

## Versiot

ui-version = Versio
ui-version-label = Versio { $version }
ui-published = Julkaistu
ui-published-on = Julkaistu { $date }
ui-effective = Voimassa alkaen
ui-effective-from = Voimassa { $date } alkaen
ui-draft = Luonnos
ui-draft-banner = Tämä on luonnos, eikä sitä ole julkaistu.
ui-current-version = Voimassa oleva versio
ui-all-versions = Kaikki versiot
ui-old-version-banner = Tämä on versio { $version }, joka ei ole enää voimassa. Voimassa oleva versio on { $current }.
ui-go-to-current = Lue nyt voimassa oleva versio
ui-changes-summary = Mikä on muuttunut
ui-machine-readable = Tämä tietosuojaseloste JSON-muodossa

## Lyhyesti

ui-glance-intro = Tässä ovat tärkeimmät asiat lyhyesti, ja yksityiskohdat löydät alempaa.
ui-glance-controllers = Kuka vastaa tiedoistasi
ui-glance-purposes = Mihin käytämme tietoja
ui-glance-rights = Oikeutesi
ui-glance-surprising = Hyvä tietää
ui-glance-transfers = Tietojasi voidaan siirtää Euroopan talousalueen ulkopuolelle.
ui-glance-transfers-to = Tietojasi voidaan siirtää Euroopan talousalueen ulkopuolelle: { $countries }.
ui-glance-automated = Teemme sinua koskevia automaattisia päätöksiä.
ui-glance-profiling = Käytämme profilointia.
ui-glance-special = Voimme käsitellä erityisiin henkilötietoryhmiin kuuluvia tietoja.
ui-glance-indirect = Saamme sinua koskevia tietoja myös muilta.
ui-glance-situations = Vain sinua koskevat tiedot
ui-glance-situations-intro = Valitse tilanteesi, niin näet vain sitä koskevat tiedot:
ui-situation-view = Vain tätä tilannetta koskevat tiedot
ui-situation-lede = Tällä sivulla ovat vain tätä tilannetta koskevat tiedot. Koko tietosuojaselosteessa on kaikki, myös muita tilanteita koskevat tiedot.
ui-read-full-notice = Lue koko tietosuojaseloste
ui-other-situations = Muut tilanteet
ui-back-to-contents = Sisällysluetteloon

## Lyhyet sanat

ui-none = Ei mitään
ui-yes = Kyllä
ui-no = Ei

## What a waiver withholds, by rule (shown in the waivers table)
rule-R01 = Rekisterinpitäjän henkilöllisyys ja yhteystiedot
rule-R02 = ETA-alueella olevan edustajan yhteystiedot
rule-R03 = Tietosuojavastaavan yhteystiedot
rule-R04 = Käsittelyn tarkoitukset
rule-R05 = Käsittelyn oikeusperuste
rule-R06 = Oikeutetut edut, joihin käsittely perustuu
rule-R07 = Henkilötietoryhmät
rule-R08 = Henkilötietojen vastaanottajat
rule-R09 = Siirrot ETA-alueen ulkopuolelle
rule-R10 = Mistä suojatoimista voi saada jäljennöksen
rule-R11 = Tietojen säilytysaika
rule-R12 = Oikeutesi
rule-R12a = Oikeus vastustaa käsittelyä
rule-R13 = Oikeus peruuttaa suostumus
rule-R14 = Oikeus tehdä valitus valvontaviranomaiselle
rule-R15 = Onko tietojen antaminen pakollista ja mitä seuraa, jos et anna niitä
rule-R16 = Mistä tiedot on saatu
rule-R17 = Automaattinen päätöksenteko, profilointi mukaan lukien
rule-R18 = Käsittelyn uusi tarkoitus

## Muutoshistoria: sivut, linkit ja syöte

ui-changes = Muutoshistoria
ui-changes-link = Katso, mitä versioiden välillä on muuttunut
ui-changes-title = Muutoshistoria: { $title }
ui-changes-intro = Tässä ovat kaikki tämän tietosuojaselosteen julkaistut versiot uusimmasta alkaen sekä se, mikä on muuttunut edellisestä versiosta.
ui-changes-from = Muutokset versioon { $from } verrattuna
ui-first-version = Ensimmäinen julkaistu versio.
ui-material = Olennainen muutos
ui-not-material = Ei olennaista muutosta
ui-material-changes = Muutokset tiedoissa
ui-no-fact-changes = Tiedoissa ei ole muutoksia.
ui-prose-changes = Muutokset tekstissä
ui-no-prose-changes = Tekstissä ei ole muutoksia.
ui-intro-section = Johdanto
ui-section-added = Uusi osio
ui-section-removed = Poistettu osio
ui-inserted = Lisätty:
ui-deleted = Poistettu:
ui-why = Miksi
ui-correction = Korjaus
ui-correction-on = Korjattu { $date }: { $reason }
ui-in-force-since = Voimassa { $date } alkaen
ui-in-force-from-to = Oli voimassa { $from } – { $to }
ui-takes-effect = Tulee voimaan { $date }
ui-replaced-by = Korvattu versiolla { $version }
ui-title-version = { $title }, versio { $version }
ui-feed = Tietosuojaselosteiden muutokset (Atom)
ui-feed-title = { $site }: muutokset

## Muutokset tiedoissa, kukin yhtenä virkkeenä
## $context on käsittelytoimi, $purpose tarkoitus, $name lisätty tai poistettu asia.

change-controller-added = Uusi rekisterinpitäjä: { $name }.
change-controller-removed = Ei enää rekisterinpitäjä: { $name }.
change-controller-contact-changed = Rekisterinpitäjän yhteystiedot ovat muuttuneet: { $name }.
change-dpo-added = Olemme nimittäneet tietosuojavastaavan.
change-dpo-removed = Meillä ei enää ole tietosuojavastaavaa.
change-dpo-contact-changed = Tietosuojavastaavan yhteystiedot ovat muuttuneet.
change-representative-added = Uusi edustaja EU:ssa/ETA:ssa rekisterinpitäjälle: { $name }.
change-representative-removed = Rekisterinpitäjällä ei enää ole edustajaa EU:ssa/ETA:ssa: { $name }.
change-representative-changed = EU:n/ETA:n edustajan tiedot ovat muuttuneet rekisterinpitäjälle: { $name }.
change-context-added = Uusi käsittelytoimi: { $context }.
change-context-removed = Käsittelytoimi on poistettu: { $context }.
change-collection-changed = { $context }: tietojen lähde on muuttunut: ”{ $from }” → ”{ $to }”.
change-context-controller-added = { $context }: uusi rekisterinpitäjä: { $name }.
change-context-controller-removed = { $context }: ei enää rekisterinpitäjä: { $name }.
change-purpose-added = { $context }: uusi käsittelyn tarkoitus: { $purpose }.
change-purpose-removed = { $context }: käsittelyn tarkoitus on poistettu: { $purpose }.
change-legal-basis-changed = { $context }: käsittelyn oikeusperuste on muuttunut (tarkoitus: { $purpose }): { $from } → { $to }.
change-legitimate-interest-changed = { $context }: oikeutetun edun kuvaus on muuttunut (tarkoitus: { $purpose }).
change-withdraw-changed = { $context }: suostumuksen peruuttamisen tapa on muuttunut (tarkoitus: { $purpose }).
change-direct-marketing-added = { $context }: tarkoitukseen kuuluu nyt suoramarkkinointi: { $purpose }.
change-direct-marketing-removed = { $context }: tarkoitukseen ei enää kuulu suoramarkkinointia: { $purpose }.
change-category-added = { $context }: uusi henkilötietoryhmä: { $name }.
change-category-removed = { $context }: henkilötietoryhmä on poistettu: { $name }.
change-source-added = { $context }: uusi tietolähde: { $name }.
change-source-removed = { $context }: tietolähde on poistettu: { $name }.
change-recipient-added = { $context }: uusi vastaanottaja: { $name }.
change-recipient-removed = { $context }: vastaanottaja on poistettu: { $name }.
change-authority-added = { $context }: uusi valvontaviranomainen: { $name }.
change-authority-removed = { $context }: valvontaviranomainen on poistettu: { $name }.
change-requirement-changed = { $context }: velvollisuus antaa tiedot on muuttunut: ”{ $from }” → ”{ $to }”.
change-retention-added = Uusi säilytysaika: { $subject }.
change-retention-removed = Säilytysaika on poistettu: { $subject }.
change-retention-longer = Säilytysaika on muuttunut ({ $subject }): { $from } → { $to }.
change-retention-shorter = Säilytysaika on muuttunut ({ $subject }): { $from } → { $to }.
change-retention-trigger-changed = Säilytysaika ({ $subject }) lasketaan nyt { $to }, ei enää { $from }.
change-retention-criteria-changed = Säilytysajan perusteet ovat muuttuneet: { $subject }.
change-transfer-added = { $context }: tietoja voidaan nyt siirtää maahan: { $country }.
change-transfer-removed = { $context }: tietoja ei enää siirretä maahan: { $country }.
change-transfer-mechanism-changed = { $context }: siirron peruste on muuttunut (maa: { $country }): { $from } → { $to }.
change-automated-added = { $context }: nyt tehdään päätöksiä, jotka perustuvat yksinomaan automaattiseen käsittelyyn.
change-automated-removed = { $context }: enää ei tehdä päätöksiä, jotka perustuvat yksinomaan automaattiseen käsittelyyn.
change-profiling-added = { $context }: käytämme nyt profilointia.
change-profiling-removed = { $context }: emme enää käytä profilointia.
change-right-restricted = { $context }: oikeus ei enää ole käytettävissä: { $right }.
change-right-restored = { $context }: oikeus on nyt käytettävissä: { $right }.
change-waiver-added = { $context }: uusi poikkeus informointivelvollisuudesta ({ $rule }).
change-waiver-removed = { $context }: poikkeus informointivelvollisuudesta on poistettu ({ $rule }).
change-cookie-added = Uusi eväste: { $name }.
change-cookie-removed = Eväste on poistettu: { $name }.
change-cookie-longer = Evästeen { $name } voimassaoloaika on muuttunut: { $from } → { $to }.
change-cookie-shorter = Evästeen { $name } voimassaoloaika on muuttunut: { $from } → { $to }.
change-cookie-category-changed = Evästeen { $name } luokka on muuttunut: ”{ $from }” → ”{ $to }”.
change-cookie-party-changed = Eväste { $name } on muuttunut: ”{ $from }” → ”{ $to }”.
change-session = istunto

## Miksi muutos on olennainen tai ei ole

change-reason-new-controller = uusi rekisterinpitäjä
change-reason-new-contact = uudet yhteystiedot oikeuksiesi käyttämiseen
change-reason-new-processing = uutta henkilötietojen käsittelyä
change-reason-new-purpose = uusi tai muuttunut käsittelyn tarkoitus
change-reason-legal-basis = muuttunut oikeusperuste
change-reason-new-data = uusia tietoja tai lähteitä
change-reason-new-recipients = uusia vastaanottajia
change-reason-transfer-outside-eea = siirto ETA-alueen ulkopuolelle
change-reason-longer-retention = pidempi tai uusi säilytysaika
change-reason-rights = muutos siihen, miten käytät oikeuksiasi
change-reason-automated-decisions = automaattiset päätökset tai profilointi
change-reason-less-information = vähemmän tietoa sinulle
change-reason-less-processing = vähemmän henkilötietojen käsittelyä
change-reason-shorter-retention = lyhyempi säilytysaika
change-reason-wording = muuttunut sanamuoto
change-reason-transfer-inside-eea = siirto ETA-alueen sisällä
