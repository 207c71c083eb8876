# Samenplan: Nederlandse teksten (standaardtaal).

loading = Even laden…
skip-to-content = Naar de inhoud
language-label = Taal · Language
privacy-note = Alles wat je hier invult, blijft op dit apparaat. Er gaat niets naar een server.

save-saving = Bezig met bewaren…
save-saved = Bewaard op dit apparaat
save-memory-only = Niet bewaard: dit venster kan niets opslaan. Sluit het niet voordat je een back-up hebt gemaakt.
save-failed-full = Niet bewaard: het apparaat is vol. Wat al bewaard was, blijft bewaard.
save-failed = Niet bewaard. Wat al bewaard was, blijft bewaard.

notice-storage-unavailable = Deze browser laat hier niets bewaren (bijvoorbeeld in een privévenster). Je kunt werken, maar alles is weg als je het venster sluit.
notice-storage-full = Er is geen ruimte meer op dit apparaat. Wat al bewaard was, blijft bewaard.
notice-storage-failed = Bewaren lukte niet ({ $detail }). Wat al bewaard was, blijft bewaard.
notice-records-unreadable = { $detail } opgeslagen gezin(nen) konden niet worden gelezen. Ze zijn niet aangepast.
notice-instruments-missing = De vragenlijsten konden niet worden geladen ({ $detail }).
notice-instrument-invalid = Een vragenlijst is niet geladen: { $detail }
notice-demo-failed = Het voorbeeldgezin kon niet worden geladen ({ $detail }).

cases-heading = Gezinnen op dit apparaat
cases-empty = Er staan nog geen gezinnen op dit apparaat.
case-count = { $count ->
    [one] 1 gezin
   *[other] { $count } gezinnen
}
case-details = { $children ->
    [one] 1 kind
   *[other] { $children } kinderen
} · { $participants } deelnemers · bezoek { $date }
delete = Verwijderen
delete-case-label = Verwijder { $name }
delete-question = { $name } en alles wat erbij hoort van dit apparaat verwijderen? Dit kun je niet ongedaan maken.
delete-yes = Ja, verwijderen
delete-no = Nee, bewaren
new-heading = Nieuw gezin
new-alias-label = Naam voor dit gezin
new-alias-hint = Een bijnaam is genoeg, bijvoorbeeld "Familie Zon". Een echte naam is niet nodig.
new-create = Beginnen
close-case = Sluiten

steps-label = Stappen
step-case = Gezin
step-triangle = Driehoek

family-heading = Het gezin
family-alias-label = Naam voor dit gezin (een bijnaam mag)
way-legend = Manier van werken
way-screening = Signaleren (kort, een paar thema's)
way-extended = Uitgebreid (alle thema's)
way-multidisciplinary = Multidisciplinair (samen met andere professionals)
purpose-legend = Doel
purpose-notice = Signaleren
purpose-assess = In kaart brengen
purpose-monitor = Volgen
purpose-evaluate = Evalueren

children-heading = Kinderen
children-empty = Nog geen kinderen toegevoegd.
child-add-heading = Kind toevoegen
child-alias-label = Naam of bijnaam van het kind
child-born-legend = Is het kind al geboren?
child-born = Geboren
child-expected = Nog niet geboren
child-birth-label = Geboortedatum
child-due-label = Uitgerekende datum
child-add = Kind toevoegen
age-years = { $years } jaar
age-months = { $months ->
    [one] 1 maand
   *[other] { $months } maanden
}
age-expected = verwacht over { $weeks } weken
age-unknown = leeftijd onbekend

participants-heading = Wie doen er mee?
participants-empty = Nog niemand toegevoegd. Voeg de ouders, de jongere en jezelf toe.
participant-add-heading = Deelnemer toevoegen
participant-name-label = Naam
participant-role-label = Rol
participant-child-label = Welk kind is dit?
participant-add = Deelnemer toevoegen
role-parent = Ouder of verzorger
role-youngPerson = Jongere
role-professional = Professional
role-networkMember = Iemand uit het netwerk
remove = Weghalen
remove-named = { $name } weghalen

visits-heading = Bezoeken
visits-hint = Bij een volgend bezoek zie je wat er veranderd is.
visit-label = Bezoek { $number }
visit-add = Nieuw bezoek vandaag

consent-heading = Toestemming
consent-hint = Vink aan waar het gezin mee instemt. De datum wordt bewaard.
consent-recordOnDevice = Het gezin vindt het goed dat dit op dit apparaat wordt bewaard.
consent-shareWithOrganisation = Het gezin vindt het goed dat het plan met de organisatie wordt gedeeld.
consent-contactNetwork = Het gezin vindt het goed dat mensen uit het netwerk worden gevraagd.
consent-given-on = ja, op { $date }
consent-refused-on = nee, op { $date }

error-empty-name = Vul een naam in.
error-too-long = Dit is te lang (hoogstens { $max } tekens).
error-in-use = Dit kan niet zolang deze persoon nog afspraken heeft of antwoorden heeft gegeven. Pas die eerst aan.
error-too-many = Er kunnen er niet meer bij.
error-birth-and-due = Kies een geboortedatum of een uitgerekende datum, niet allebei.
error-date = Vul een datum in als dag-maand-jaar.
error-internal = Dit lukte niet. Probeer het nog eens.

triangle-screening = Signaleren: { $count } van de { $total } thema's.
triangle-all = Alle { $count } thema's.
triangle-no-respondents = Voeg eerst bij Gezin toe wie er meedoen: de ouders, de jongere, de professional.
view-label = Weergave
view-answer = Invullen
view-compare = Vergelijken
legend-label = Betekenis van de kleuren
themes-label = Thema's
answered-count = { $done } van { $total }
theme-always-shown = Dit thema staat er altijd bij.
theme-prev = Vorig thema
theme-next = Volgend thema
skip-all-label = Thema voor iedereen overslaan
skip-all-not-discussed = Nu niet bespreken
skip-all-later = Later bespreken
skip-not-discussed = Niet besproken
skip-later = Later
answer-open = Nog open
note-going-well = Wat gaat goed?
note-worries = Waar maak je je zorgen over?
note-fits-age = Hoort bij de leeftijd
note-outside-control = Daar hebben we geen invloed op
previous-answer = Vorige keer ({ $date }): { $answer }

compare-heading = Ieders kijk naast elkaar
compare-hint = Een verschil is geen fout. Het is een mooi begin van het gesprek.
compare-count = { $count ->
    [0] Jullie kijken overal hetzelfde.
    [one] Bij 1 thema kijken jullie verschillend.
   *[other] Bij { $count } thema's kijken jullie verschillend.
}
compare-only-differences = Alleen verschillen laten zien
compare-theme = Thema
compare-together = Samen
agree-same = Zelfde kijk
agree-differ = Verschillende kijk: goed om te bespreken
agree-differ-much = Heel verschillende kijk: goed om te bespreken
agree-single = Eén antwoord
agree-none = Nog niet ingevuld
history-heading = Vergeleken met het bezoek van { $date }
change-better = gaat beter
change-same = hetzelfde
change-heavier = meer zorgen
change-none = niet te vergelijken

step-matrix = Matrix
step-plan = Plan
step-circle = Netwerk
step-export = Delen

matrix-heading = Wat heeft het gezin nodig?
matrix-help = Hier staat wat er in de driehoek naar boven kwam. Bespreek samen hoe zwaar het weegt, hoe snel er iets moet gebeuren en welke steun past. Het voorstel is alleen een begin: pas het aan.
matrix-no-assessment = Vul eerst de driehoek in. Daarna zie je hier wat er speelt.
matrix-none = Er kwamen geen zorgen naar boven. Geen extra steun nodig: dat is een mooie uitkomst.
matrix-overview = Overzicht
matrix-need = Wat speelt er
need-proposal = Voorstel uit de antwoorden. Klopt het niet? Verander het samen.
need-also = Raakt ook: { $themes }
need-touch-label = Raakt dit ook een ander thema?
need-strengths = Wat kan helpen dragen
need-strengths-none = Nog geen krachten genoemd aan deze kant van de driehoek.
nature-single = één thema
nature-several = meerdere thema's
severity-legend = Hoe zwaar
severity-light = Licht
severity-moderate = Middel
severity-serious = Zwaar
urgency-legend = Hoe snel
urgency-canWait = Kan wachten
urgency-soon = Binnenkort
urgency-now = Nu
support-legend = Welke steun past
support-open = Nog niet gekozen
support-noneNeeded = Geen extra steun nodig
support-ownStrength = Eigen kracht van het gezin
support-informal = Steun van het eigen netwerk
support-lightProfessional = Lichte steun van een professional
support-specialised = Gespecialiseerde zorg
severity-said-light = een lichte zorg
severity-said-moderate = een middelgrote zorg
severity-said-serious = een zware zorg
urgency-said-canWait = het kan wachten
urgency-said-soon = er moet binnenkort iets gebeuren
urgency-said-now = er moet nu iets gebeuren
support-said-noneNeeded = Er is geen extra steun nodig.
support-said-ownStrength = Het gezin pakt dit zelf op.
support-said-informal = Mensen uit het netwerk helpen mee.
support-said-lightProfessional = Een professional denkt licht mee.
support-said-specialised = Er is gespecialiseerde zorg nodig.
need-summary = { $themes }: { $severity }, { $urgency }. { $support }
safety-heading = Voor de professional: zorgen over veiligheid
safety-next-steps = Bespreek je zorg met een collega of aandachtsfunctionaris en volg de meldcode. Bel bij twijfel Veilig Thuis (0800 2000) voor advies. Er is geen automatische score: jij en het gezin beslissen samen over de volgende stap.

plan-heading = Het plan van { $family }
plan-help = Dit is jullie plan. Begin bij wat goed gaat. Schrijf doelen in je eigen woorden en spreek af wie wat doet en wanneer: eerst wat het gezin zelf doet, dan het netwerk, dan professionals.
plan-strengths = Wat goed gaat
plan-strengths-label = Wat maakt jullie sterk? (in jullie eigen woorden)
plan-needs = Zorgen en wensen
plan-no-needs = Alles gaat goed genoeg. Er is geen extra steun nodig. Goed is goed genoeg.
plan-goals = Doelen
plan-goals-empty = Nog geen doelen.
plan-goals-none-needed = Doelen zijn niet nodig, maar het mag.
goal-text-label = Doel, in de woorden van het gezin
goal-need-label = Bij welke zorg hoort dit doel?
goal-text-missing = Schrijf eerst het doel op.
goal-add = Doel toevoegen
goal-for-need = bij: { $need }
goal-reached-on = bereikt op { $date }
goal-remove-label = Doel weghalen: { $goal }
plan-agreements = Afspraken: wie doet wat, wanneer
plan-agreements-hint = Eerst wat jullie zelf doen, dan wat mensen om jullie heen doen, dan wat professionals doen.
carrier-family = Wat het gezin doet
carrier-network = Wat het netwerk doet
carrier-professional = Wat professionals doen
carrier-none = Nog niets afgesproken.
agreement-who-label = Wie
agreement-what-label = Wat
agreement-when-label = Wanneer of hoe vaak
agreement-goal-label = Voor welk doel
agreement-add = Afspraak toevoegen
agreement-who-missing = Kies wie het doet.
agreement-what-missing = Schrijf op wat er gebeurt.
agreement-for-goal = voor: { $goal }
agreement-ended = gestopt
agreement-remove-label = Afspraak weghalen: { $what }
plan-backup = Plan B
plan-backup-label = Als dit niet lukt, dan…
plan-review-date = Wanneer kijken we samen hoe het gaat?
plan-confirm = Akkoord
plan-confirm-hint = Iedereen die meedoet, zegt of het plan klopt.
confirm-label = { $name } is akkoord
confirmed-on = akkoord op { $date }
unconfirm = Terugdraaien
unconfirm-label = Akkoord van { $name } terugdraaien

review-heading = Hoe gaat het? (evaluatie)
review-hint = Kijk per afspraak: gelukt, een beetje of niet gelukt, waarom, en wat er nu verandert. Is een doel bereikt? Dan kan de steun minder worden.
review-needs-agreements = Maak eerst afspraken. Daarna kun je ze hier samen nalopen.
review-date-label = Datum van de evaluatie
review-start = Evaluatie beginnen
review-of = Evaluatie van { $date }
outcome-done = Gelukt
outcome-partly = Een beetje
outcome-notDone = Niet gelukt
review-why = Waarom?
review-next = Wat verandert er nu?
review-end-agreement = Deze afspraak is niet meer nodig
review-goals = Doelen
review-goal-reached = Bereikt: { $goal }
review-scale-down = Doel bereikt? Dan kan de steun omlaag. Zet afspraken die niet meer nodig zijn stop.
review-note = Wat spreken we verder af?

timeline-heading = Tijdlijn
timeline-empty = Nog niets gebeurd.
timeline-assessment = Driehoek ingevuld ({ $count } antwoorden).
timeline-changes = Sinds de vorige keer: { $better } beter, { $heavier } meer zorgen.
timeline-review = Evaluatie: { $done } gelukt, { $partly } een beetje, { $notdone } niet gelukt, { $open } nog niet besproken.

# lock and device
lock-now = Op slot
setup-heading = Dit apparaat beveiligen
setup-help = Kies een wachtzin. Alles wat je over gezinnen opslaat, wordt daarmee versleuteld op dit apparaat. Zonder de wachtzin kan niemand het lezen, ook wij niet. Kies iets wat je onthoudt: vergeet je hem, dan kun je alleen alles wissen.
passphrase-new-label = Kies een wachtzin
passphrase-again-label = Typ de wachtzin nog een keer
passphrase-too-short = Gebruik minstens { $min } tekens. Een paar woorden achter elkaar is sterk en makkelijk te onthouden.
passphrase-mismatch = De twee wachtzinnen zijn niet hetzelfde.
setup-submit = Beveiligen en beginnen
unlock-busy = Even geduld, de sleutel wordt gemaakt…
unlock-heading = Samenplan is op slot
unlock-help = Typ je wachtzin om verder te gaan.
passphrase-label = Wachtzin
unlock-submit = Openen
unlock-wrong = Deze wachtzin klopt niet.
unlock-wait = Deze wachtzin klopt niet. Probeer het over { $seconds } seconden opnieuw.
unlock-failed = Openen lukte niet. Probeer het opnieuw.
forgot-summary = Wachtzin vergeten?
forgot-help = Zonder de wachtzin is niets terug te halen. Je kunt wel alles op dit apparaat wissen en opnieuw beginnen.
wipe-all = Alles op dit apparaat wissen
wipe-question = Alle gezinnen en instellingen van dit apparaat wissen? Dit kun je niet ongedaan maken.
wipe-yes = Ja, alles wissen
notice-wiped = Alles op dit apparaat is gewist.
notice-wipe-failed = Wissen lukte niet helemaal. Probeer het opnieuw.
device-heading = Dit apparaat
device-encrypted = Alle gezinnen zijn versleuteld opgeslagen met jouw wachtzin.
persist-yes = De browser bewaart de gegevens van deze app, ook als je een tijd niet komt.
persist-no = De browser kan deze gegevens opruimen als je de app een tijd niet gebruikt. Installeer de app of maak een back-up.
lock-minutes-label = Op slot na
minutes = { $count ->
    [one] 1 minuut zonder gebruik
   *[other] { $count } minuten zonder gebruik
}
passphrase-change-heading = Wachtzin veranderen
passphrase-change = Wachtzin veranderen
passphrase-changed = De wachtzin is veranderd. Alles is opnieuw versleuteld.
passphrase-change-failed = Veranderen lukte niet. De oude wachtzin geldt nog.

# encrypted files
backup-heading = Versleuteld bestand om over te dragen
backup-help = Maak een versleuteld bestand van dit gezin, bijvoorbeeld voor een collega of voor het gezin zelf. Kies er een eigen wachtzin voor en geef die apart door (niet in dezelfde mail of hetzelfde bericht).
backup-passphrase-label = Wachtzin voor dit bestand
backup-download = Versleuteld bestand downloaden
backup-done = Het bestand is gemaakt.
backup-failed = Het bestand maken lukte niet.
open-backup-heading = Versleuteld bestand openen
open-backup-help = Open een gezin dat iemand je als versleuteld bestand heeft gegeven. Je hebt de wachtzin van dat bestand nodig.
backup-file-label = Bestand
backup-passphrase-open-label = Wachtzin van het bestand
backup-open = Openen
backup-choose-file = Kies eerst een bestand.
backup-not-encrypted = Dit is geen versleuteld Samenplan-bestand.
backup-not-valid = Dit bestand kan niet worden gelezen. Er is niets veranderd.
backup-wrong = De wachtzin klopt niet, of het bestand is veranderd. Er is niets veranderd.
backup-not-a-case = Dit bestand bevat geen geldig gezin. Er is niets veranderd.
backup-opened = Het bestand is geopend.
import-exists = { $name } staat al op dit apparaat. Wat wil je doen?
import-replace = Vervangen
import-as-copy = Als kopie bewaren
import-cancel = Niet openen
import-copy-name = { $name } (kopie)
