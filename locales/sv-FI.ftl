### disclose: svenska i Finland (sv-FI), lagt över sv.ftl.
### Här står bara det som skiljer sig från sv.ftl; allt annat kommer därifrån. Ett meddelande
### som står här ersätter hela meddelandet i sv.ftl, med alla dess attribut (ett test kontrollerar
### att varje meddelande här finns i sv.ftl med samma attribut).

## Källor och mottagare: Finlands myndigheter och register

category-national-id = Personbeteckning eller annat nationellt identitetsnummer
source-population-register = Befolkningsdatasystemet (Myndigheten för digitalisering och befolkningsdata)
source-enforcement-authorities = Utsökningsmyndigheten
recipient-enforcement-authorities = Utsökningsmyndigheten

## Rättigheter: Dataombudsmannens byrås ordalydelse

right-human-review = Rätt att kräva att beslut fattas av en människa
    .article = artikel 22.3 i dataskyddsförordningen
    .description = Vid ett beslut som enbart grundar sig på automatiserad behandling kan du kräva att beslutet fattas av en människa, framföra din ståndpunkt och bestrida beslutet.

## Tillsynsmyndigheter, sedda från Finland

authority-SE = Integritetsskyddsmyndigheten (IMY)
    .address = Box 8114, 104 20 Stockholm, Sverige
    .url = https://www.imy.se/
authority-FI = Dataombudsmannens byrå
    .address = PB 800, 00531 Helsingfors
    .url = https://tietosuoja.fi/sv
    .phone = +358 29 566 6700

## Sidnavigering och kontaktuppgifter

ui-language-name = Svenska (Finland)
ui-org-number-FI = FO-nummer
