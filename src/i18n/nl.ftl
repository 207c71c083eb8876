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
app-incomplete = Samenplan is nog niet helemaal geladen. Kijk of er verbinding is en probeer het opnieuw.
notice-storage-full = Er is geen ruimte meer op dit apparaat. Wat al bewaard was, blijft bewaard.
notice-storage-failed = Bewaren lukte niet. Wat al bewaard was, blijft bewaard.
notice-records-unreadable = { $count ->
    [one] 1 opgeslagen gezin kon niet worden gelezen. Het is niet aangepast.
   *[other] { $count } opgeslagen gezinnen konden niet worden gelezen. Ze zijn niet aangepast.
}
notice-instruments-missing = De vragenlijsten konden niet worden geladen.
notice-instrument-invalid = Een vragenlijst is niet geladen, want het bestand klopt niet. Wat er mis is, staat hieronder voor de beheerder.
notice-language-failed = Deze taal kon niet worden geladen.
notice-demo-failed = Het voorbeeldgezin kon niet worden geladen.

cases-heading = Gezinnen op dit apparaat
cases-empty = Er staan nog geen gezinnen op dit apparaat.
case-count = { $count ->
    [one] 1 gezin
   *[other] { $count } gezinnen
}
case-details = { $children ->
    [one] 1 kind
   *[other] { $children } kinderen
} · { $participants ->
    [one] 1 deelnemer
   *[other] { $participants } deelnemers
} · bezoek { $date }
delete = Verwijderen
delete-case-label = Verwijderen: { $name }
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
age-expected = verwacht over { $weeks ->
    [one] 1 week
   *[other] { $weeks } weken
}
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

unshown-heading = Niet elk antwoord kan worden getoond
unshown-help = Sommige antwoorden van dit gezin horen bij vragen die niet op dit apparaat staan, bijvoorbeeld van een andere organisatie of een oudere versie. Ze blijven bewaard, ook in elke export: er gaat niets verloren.
unshown-answers = { $count ->
    [one] 1 antwoord
   *[other] { $count } antwoorden
}
unshown-instrument = Bezoek van { $date }, { $answers }: de vragenlijst "{ $instrument }" staat niet op dit apparaat.
unshown-themes = Bezoek van { $date }, { $answers }: over thema's die niet in "{ $instrument }" staan ({ $themes }).
unshown-levels = Bezoek van { $date }, { $answers }: met een keuze die "{ $instrument }" niet kent ({ $levels }). Daarom staan ze nog open.

error-empty-name = Vul een naam in.
error-too-long = Dit is te lang (hoogstens { $max } tekens).
error-in-use = Dit kan niet zolang deze persoon nog afspraken heeft of antwoorden heeft gegeven. Pas die eerst aan.
error-too-many = Er kunnen geen { $what } meer bij (hoogstens { $max }).
error-birth-and-due = Kies een geboortedatum of een uitgerekende datum, niet allebei.
error-born-in-future = Een geboortedatum kan niet in de toekomst liggen. Is het kind nog niet geboren? Kies dan 'Nog niet geboren' en vul de uitgerekende datum in.
error-date = Vul een datum in als dag-maand-jaar.
error-internal = Dit lukte niet. Probeer het nog eens.

list-children = kinderen
list-participants = deelnemers
list-visits = bezoeken
list-consent = toestemmingen
list-assessments = ingevulde vragenlijsten
list-answers = antwoorden in één vragenlijst
list-needs = punten in de matrix
list-needThemes = thema's bij één punt in de matrix
list-goals = doelen
list-goalNeeds = zorgen bij één doel
list-agreements = afspraken
list-confirmations = akkoorden op het plan
list-reviews = evaluaties
list-reviewItems = afspraken in één evaluatie
list-networkPeople = mensen in de cirkel
list-personTags = soorten steun bij één persoon
list-networkTies = lijnen in de cirkel
list-circles = bewaarde cirkels van eerdere bezoeken
list-keptPeople = mensen in één bewaarde cirkel
list-keptTies = lijnen in één bewaarde cirkel
list-invitations = uitnodigingen
list-invitationThemes = thema's in één uitnodiging
list-teamViews = standpunten van professionals
list-teamInvolved = punten met betrokken professionals
list-involvedWho = professionals bij één punt

triangle-screening = Signaleren: { $count } van de { $total } thema's.
triangle-all = Alle { $count } thema's.
triangle-no-respondents = Voeg eerst bij Gezin toe wie er meedoen: de ouders, de jongere, de professional.
family-language-label = Taal van het gezin
family-language-same = Zelfde als de app
view-label = Weergave
view-answer = Invullen
view-compare = Vergelijken
legend-label = Betekenis van de kleuren
themes-label = Thema's
answered-count = { $done } van { $total }
theme-always-shown = Dit thema staat er altijd bij.
read-aloud = Voorlezen
read-aloud-no-voice = Op dit apparaat is geen stem voor deze taal. Er is niets verstuurd.
theme-prev = Vorig thema
theme-next = Volgend thema
skip-all-label = Thema voor iedereen overslaan
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
check-calendar-title-label = Titel in je agenda
check-calendar-title-default = Samen kijken hoe het plan gaat
check-calendar-hint = Het bestand bevat alleen deze titel en de datum en gaat nergens heen: je opent het zelf in je agenda.
check-calendar-add = In je eigen agenda zetten
check-calendar-saved = Opgeslagen als { $name }. Open het bestand om de datum in je agenda te zetten.
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
timeline-assessment = Driehoek van het gezin ingevuld ({ $count ->
    [one] 1 antwoord
   *[other] { $count } antwoorden
}).
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
unlock-wrong-wait = Deze wachtzin klopt niet. Wacht even voordat je het opnieuw probeert.
unlock-not-tried = Nog even wachten: deze wachtzin is nog niet geprobeerd.
unlock-countdown = Over { $seconds ->
    [one] 1 seconde
   *[other] { $seconds } seconden
} kun je het opnieuw proberen.
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

# circle
circle-heading = Het netwerk van { $name }
circle-help = Wie staan er om jullie heen? Het gezin staat in het midden. Hoe dichter iemand bij jullie staat, hoe dichter bij het midden. Begin met familie en kijk daarna stap voor stap verder.
circle-figure = De netwerkcirkel
circle-centre = Gezin
circle-keys = Sleep iemand naar een andere plek. Of kies iemand en gebruik de pijltjes: omhoog is dichterbij, omlaag is verder weg, links en rechts is een andere groep. In de lijst hieronder kan alles ook.
circle-legend-formal = Gestreept: professionals, het formele netwerk. De andere groepen zijn het eigen netwerk van het gezin.
circle-legend-invited = Vinkje: uitgenodigd voor het kringgesprek.
circle-legend-mediator = Gouden ring: de bemiddelaar die het gezin heeft gekozen.
circle-ring-veryClose = heel dichtbij
circle-ring-close = dichtbij
circle-ring-further = verder weg
circle-sector-family = Familie
circle-sector-friendsNeighbours = Vrienden en buren
circle-sector-schoolWorkClubs = School, werk, sport, clubs, geloof
circle-sector-professionals = Professionals (formeel netwerk)
circle-invited = uitgenodigd
circle-role-none = Geen rol
circle-role-mediator = Bemiddelaar (gekozen door het gezin)
circle-role-coordinator = Coördinator of coach
circle-role-informs = Informeert (beslist niet mee)
circle-role-set = De rol van { $name } is aangepast.
circle-moved = { $name } staat nu: { $ring }, { $sector }.
circle-added = { $name } staat nu in de cirkel: { $ring }, { $sector }.
circle-removed = { $name } is uit de cirkel gehaald.
circle-error-name = Vul een naam in.
circle-error-full = Er passen niet meer mensen in de cirkel.
circle-error-ties-full = Er passen niet meer lijnen in de cirkel.
circle-error-mediator = De bemiddelaar komt uit het eigen netwerk van het gezin, niet uit de professionals. Kies eerst een andere rol.
circle-error-informs = Alleen professionals hebben de rol 'informeert'. Kies eerst een andere rol.
circle-error-carries = { $name } heeft nog afspraken in het plan. Verander die eerst.
circle-list = Iedereen in de cirkel
circle-empty = Er staat nog niemand in de cirkel. Begin met familie.
circle-col-name = Naam
circle-col-place = Plek
circle-col-invited = Kringgesprek
circle-col-actions = Acties
circle-ring-of = Hoe dichtbij staat { $name }?
circle-sector-of = Groep van { $name }
circle-invited-label = { $name } is uitgenodigd
circle-edit = Bewerken
circle-edit-label = Bewerken: { $name }
circle-remove = Weghalen
circle-remove-label = Weghalen: { $name }
circle-edit-heading = Over { $name }
circle-name = Naam
circle-relation = Wie is het voor jullie?
circle-offer = Wat kan deze persoon bieden?
circle-tags = Soort steun
circle-offer-practical = Praktische steun
circle-offer-childcare = Oppassen
circle-offer-listening = Een luisterend oor
circle-offer-transport = Vervoer
circle-offer-money = Geld en papieren
circle-offer-knowledge = Kennis
circle-often = Hoe vaak?
circle-often-low = Af en toe
circle-often-medium = Regelmatig
circle-often-high = Vaak
circle-reliable = Hoe zeker?
circle-reliable-low = Niet altijd
circle-reliable-medium = Meestal
circle-reliable-high = Altijd
circle-lasting = Hoe lang?
circle-lasting-low = Even
circle-lasting-medium = Een tijdje
circle-lasting-high = Lange tijd
circle-contact = Hoe wil deze persoon benaderd worden?
circle-contact-hint = Dit blijft alleen op dit apparaat. Het gaat niet mee als je iets deelt.
circle-invited-one = Uitgenodigd voor het kringgesprek
circle-role = Rol in het kringgesprek
circle-informs-hint = Een professional vertelt wat hij of zij kan doen en wat niet. Het gezin beslist.
circle-can-do = Wat ik kan doen
circle-cannot-do = Wat ik niet kan doen
circle-suggested-by = Voorgesteld door
circle-carries = Afspraken in het plan
circle-close-editor = Klaar
circle-who-else = Wie nog meer?
circle-step = Vraag { $n } van { $total }
circle-prompt-family = Wie uit jullie familie is belangrijk voor jullie?
circle-prompt-friends = Welke vrienden staan om jullie heen?
circle-prompt-neighbours = Wie in de buurt kennen jullie goed? Bij wie kun je aanbellen?
circle-prompt-school = Wie ken je van school of de opvang?
circle-prompt-sport = Wie ken je van sport?
circle-prompt-clubs = Wie ken je van een club, vereniging of hobby?
circle-prompt-work = Wie ken je van je werk?
circle-prompt-faith = Wie ken je van je geloof of levensbeschouwing?
circle-prompt-professionals = Met welke professionals hebben jullie al contact?
circle-prompt-suggest = Wie kan er nog meedenken? Vraag het ook aan de mensen in de cirkel.
circle-in-sector = Al in deze groep: { $names }
circle-add-name = Naam of bijnaam
circle-sector = Groep
circle-add-hint = Nieuwe mensen komen in de middelste ring. Zet ze daarna dichterbij of verder weg.
circle-add = Zet in de cirkel
circle-back = Vorige vraag
circle-next = Volgende vraag
circle-meeting = Het kringgesprek
circle-meeting-hint = In het kringgesprek vraagt het gezin zijn netwerk om mee te denken. Eerst praat het gezin zonder professionals. Daarna schrijft het gezin het plan: wie doet wat, wanneer. Na ongeveer vier weken kijkt iedereen samen hoe het gaat.
circle-question = Welke vraag stelt het gezin aan zijn netwerk?
circle-children = Doen de kinderen mee? Dat beslist het gezin.
circle-children-yes = Ja
circle-children-no = Nee
circle-children-some = Een deel
circle-children-note = Toelichting, bijvoorbeeld welke kinderen
circle-attendance = Wie zijn er uitgenodigd, en wie kwam?
circle-none-invited = Nog niemand is uitgenodigd. Zet een vinkje in de lijst.
circle-came-label = { $name } was erbij

# circle: relation lines (eco-map), the meeting's dates, over time, the professionals' meeting
eco-tie-strong = De band tussen { $a } en { $b } is sterk.
eco-tie-ordinary = { $a } en { $b } hebben gewoon contact.
eco-tie-weak = De band tussen { $a } en { $b } is zwak.
eco-tie-stressful = Het contact tussen { $a } en { $b } geeft spanning.
eco-tie-family-strong = De band tussen { $a } en het gezin is sterk.
eco-tie-family-ordinary = { $a } en het gezin hebben gewoon contact.
eco-tie-family-weak = De band tussen { $a } en het gezin is zwak.
eco-tie-family-stressful = Het contact tussen { $a } en het gezin geeft spanning.
eco-flow-gives = { $a } steunt { $b }.
eco-flow-receives = { $b } steunt { $a }.
eco-flow-both = { $a } en { $b } steunen elkaar.
eco-flow-family-gives = { $a } steunt het gezin.
eco-flow-family-receives = Het gezin steunt { $a }.
eco-flow-family-both = { $a } en het gezin steunen elkaar.
eco-kind-strong = sterk
eco-kind-ordinary = gewoon
eco-kind-weak = zwak
eco-kind-stressful = met spanning
eco-kind-none = Geen lijn
eco-legend = Lijnen
eco-legend-strong = Sterke band: dikke lijn
eco-legend-ordinary = Gewoon contact: dunne lijn
eco-legend-weak = Zwakke band: streepjeslijn
eco-legend-stressful = Geeft spanning: zigzaglijn
eco-legend-arrow = Pijl: zo gaat de steun
eco-lines-heading = De banden
eco-family-line = Band met het gezin
eco-family-kind-of = Band van { $name } met het gezin
eco-family-flow-of = Steun tussen { $name } en het gezin
eco-flow = Hoe gaat de steun?
eco-flow-unsaid = Niet gezegd
eco-flow-opt-family-gives = { $name } steunt het gezin
eco-flow-opt-family-receives = Het gezin steunt { $name }
eco-flow-opt-gives = { $a } steunt { $b }
eco-flow-opt-receives = { $b } steunt { $a }
eco-flow-opt-both = Ze steunen elkaar
eco-flow-needs-line = Kies eerst een soort band.
eco-others = Banden met anderen in de cirkel
eco-tie-with = Met wie?
eco-tie-kind = Soort band
eco-add-tie = Lijn tekenen
eco-ties-list = Lijnen tussen mensen
eco-ties-none = Er zijn nog geen lijnen tussen mensen in de cirkel.
eco-tie-kind-of = Soort band tussen { $a } en { $b }
eco-tie-flow-of = Steun tussen { $a } en { $b }
eco-tie-remove = Weghalen
eco-tie-remove-label = Lijn weghalen tussen { $a } en { $b }
eco-tie-removed = De lijn tussen { $a } en { $b } is weggehaald.
eco-tie-pick = Kies iemand anders uit de cirkel.
eco-col-relation = Band met het gezin
eco-lines-label = De lijnen in de cirkel
eco-change-joined = { $name } is erbij gekomen.
eco-change-left = { $name } staat niet meer in de cirkel.
eco-change-closer = { $name } staat nu dichterbij: { $to }.
eco-change-further = { $name } staat nu verder weg: { $to }.
eco-change-sector = { $name } hoort nu bij een andere groep: { $to }.
eco-change-tie = De band tussen { $a } en { $b } is veranderd: eerst { $before }, nu { $now }.
eco-change-tie-family = De band met { $a } is veranderd: eerst { $before }, nu { $now }.
eco-change-tie-added = Nieuwe lijn. { $sentence }
eco-change-tie-removed = Er is geen lijn meer tussen { $a } en { $b }.
eco-change-tie-removed-family = Er is geen lijn meer tussen { $a } en het gezin.
eco-change-flow = De steun gaat nu anders. { $sentence }
eco-change-none = In de cirkel is niets veranderd.
eco-mark-joined = Erbij gekomen
eco-mark-left = Niet meer in de cirkel
eco-mark-closer = Dichterbij gekomen
eco-mark-further = Verder weg gegaan
eco-mark-sector = Naar een andere groep
eco-mark-tie = De band is veranderd
eco-over-time-heading = Wat is er veranderd?
eco-over-time-since = De cirkel van { $date } en nu, in één plaatje.
eco-compare-heading = De cirkel door de tijd
eco-compare-hint = Kies twee bezoeken. Dan zie je wie erbij kwam, wie er niet meer is, wie dichterbij of verder weg staat en welke banden veranderden.
eco-compare-one-visit = Bij een volgend bezoek zie je hier wat er veranderde. De cirkel van nu wordt dan bewaard.
eco-compare-from = Eerder
eco-compare-to = Later
eco-compare-mode = Laten zien
eco-compare-side = Naast elkaar
eco-compare-one = In één plaatje
eco-compare-changes = Wat er veranderde
eco-compare-same = Kies twee verschillende bezoeken.
eco-visit-option = Bezoek { $number }: { $date }
circle-meeting-date = Datum van het kringgesprek
circle-meeting-place = Waar?
circle-check-date = Eerste keer samen kijken hoe het gaat
circle-check-suggest = Over vier weken: { $date }
circle-check-before = Deze datum ligt vóór het kringgesprek.
circle-attendance-summary = { $invited } uitgenodigd, { $came ->
    [0] nog niemand was erbij.
    [one] 1 was erbij.
   *[other] { $came } waren erbij.
}
circle-came-names = Erbij: { $names }.
circle-not-came = Niet gekomen: { $names }.
team-heading = Samen met professionals
team-hint = Elke professional vertelt wat hij of zij ziet: dat is één kijk, naast die van het gezin. Per zorg staat erbij wie al helpt. Eén coördinator houdt het overzicht. Het gezin beslist mee.
team-no-pros = Er zijn nog geen professionals. Voeg ze toe bij de deelnemers, of in de cirkel bij de professionals.
team-coordinator = Coördinator
team-coordinator-hint = Houdt het overzicht en is het eerste aanspreekpunt voor het gezin.
team-coordinator-none = Nog niemand is gekozen als coördinator.
team-coordinator-named = { $name } is de coördinator: houdt het overzicht en is het eerste aanspreekpunt voor het gezin.
team-views = Wat de professionals zien
team-view-of = Wat ziet { $name }?
team-involved = Wie helpt al mee?
team-involved-none = nog niemand
team-involved-of = { $name } helpt al mee bij { $need }
team-no-needs = Nog geen zorgen afgesproken. Die komen uit de matrix.
travel-heading = { $title } door de tijd
travel-hint = Per thema wat ieder bij elk bezoek koos. Boven is een kracht. De bezoeken:
travel-grown = Sterker geworden: { $themes }.
travel-grown-none = Nog geen thema is sterker geworden. Kleine stappen tellen ook.
travel-none-moved = De antwoorden zijn bij elk bezoek hetzelfde gebleven.
travel-more = Ook veranderd: { $themes }.
travel-not-rated = niet gekozen
travel-section = Zo ging het tot nu toe
travel-show-all = Ook de thema's die hetzelfde bleven

# export
export-heading = Delen en bewaren
export-intro = Hier maak je bestanden van dit gezin. Ze worden op dit apparaat gemaakt. Er gaat niets naar een server.
export-family-title = Plan voor het gezin
export-family-pdf = Plan voor het gezin (PDF)
export-family-help = Het plan in gewone taal, met eerst wat goed gaat. Zonder de aanwijzingen voor de professional.
export-keep = Dit plan is van jullie. Bewaar het goed. Jullie beslissen zelf met wie je het deelt.
export-full-title = Volledig verslag
export-full-pdf = Volledig verslag (PDF)
export-full-help = Alles wat is vastgelegd: ieders antwoorden en aantekeningen, de matrix, de evaluaties en de toestemming. Voor het dossier van de professional. Ook dit verslag mag het gezin altijd zien.
export-json = Gezinsbestand (JSON)
export-json-help = Het hele gezin als bestand: om op een ander apparaat verder te werken of om in het systeem van de organisatie te zetten. Er staat alles in, dus bewaar het veilig.
export-print = Plan afdrukken
export-print-help = Druk het plan voor het gezin af met de printer van dit apparaat.
export-made-on = Gemaakt op { $date }
export-loading = Het PDF-deel laden…
export-making = De PDF maken…
export-saved = { $name } staat bij je downloads.
export-failed = Het maken van de PDF lukte niet. Er is niets veranderd.
export-font-failed = Het lettertype voor de PDF kon niet worden geladen. Er is niets veranderd.
import-label = Gezinsbestand openen
import-hint = Kies een gezinsbestand (.json) dat met Samenplan is gemaakt. Er wordt niets overschreven zonder het te vragen.
import-reading = Bestand lezen…
import-error-too-large = Dit bestand is te groot (meer dan { $max } MB). Er is niets veranderd.
import-error-not-json = Dit bestand kan Samenplan niet lezen: het is beschadigd of het is een ander soort bestand. Er is niets veranderd.
import-error-encrypted = Dit is een versleuteld bestand om over te dragen. Open het bij ‘Versleuteld bestand openen’, met de wachtzin van dat bestand. Er is niets veranderd.
import-error-not-case = Dit is geen gezinsbestand van Samenplan. Er is niets veranderd.
import-error-too-deep = Dit bestand zit te ingewikkeld in elkaar om veilig te openen. Er is niets veranderd.
import-error-text-too-long = In dit bestand staat een tekst die te lang is (meer dan { $max } tekens). Er is niets veranderd.
import-error-too-many = In dit bestand staan te veel { $what } (hoogstens { $max }). Er is niets veranderd.
import-error-born-in-future = In dit bestand ligt de geboortedatum van een kind in de toekomst. Een kind dat nog niet geboren is, heeft een uitgerekende datum. Er is niets veranderd.
import-error-too-new = Dit bestand komt uit een nieuwere versie van Samenplan (versie { $found }). Werk de app bij en probeer het opnieuw. Er is niets veranderd.
import-error-version = In dit bestand staat geen versie die Samenplan kent. Er is niets veranderd.
import-error-invalid = Dit gezinsbestand klopt niet helemaal. Er is niets veranderd.
import-error-read = Het bestand kon niet worden gelezen. Er is niets veranderd.

# offline and embedding
update-ready = Er staat een nieuwe versie van Samenplan klaar. Die wordt gebruikt als je Samenplan de volgende keer opent. Je werk blijft bewaard.
config-invalid = De instellingen van deze organisatie (config.json) zijn niet gebruikt, want er klopt iets niet in. Samenplan werkt nu met de eigen instellingen. Wat er mis is, staat hieronder voor de beheerder.
tech-detail = Technische uitleg voor de beheerder (in het Engels)
share-question-plan = Iedereen is akkoord met het plan. Het plan ook naar de pagina van { $org } sturen?
share-question-export = De gegevens van dit gezin ook naar de pagina van { $org } sturen?
share-hint = Dan gaan het plan en de antwoorden van dit gezin naar de webpagina waarin Samenplan nu staat ({ $origin }). Doe dit alleen als het gezin het goed vindt.
share-send = Ja, naar { $org } sturen
share-keep = Nee, niet sturen
share-sent-plan = Het plan is naar de pagina van { $org } gestuurd.
share-told-plan = De pagina van { $org } weet nu dat het plan klaar is. De inhoud is niet verstuurd.
share-sent-export = De gegevens van dit gezin zijn naar de pagina van { $org } gestuurd.
share-told-export = De pagina van { $org } weet nu dat er een bestand is gemaakt. De inhoud is niet verstuurd.
share-close = Oké
org-services-heading = Steun in de buurt
org-services-help = Organisaties waar het gezin zelf terechtkan.
org-services-phone = Bel { $phone }
org-services-web = Website van { $name }

# apart invullen: tablet doorgeven en de eigen telefoon
answer-private = Alleen voor ons gesprek, niet in de pdf
whose-label = Wiens driehoek
whose-family = De driehoek van het gezin
whose-own = Eigen driehoek van { $name }
compare-own-words = { $name } (eigen driehoek)
voices-line = { $theme }: { $names }
need-raised-heading = Wie noemde het
need-raised-by = Genoemd door { $names }.
raised-one = { $name }: { $level }
raised-own = { $name }, { $theme }: { $level }
need-agree = Eens
need-agree-label = Eens over { $theme }
need-agree-all = Eens over alle voorstellen
need-agreed = Afgesproken
matrix-visit-label = Welk bezoek
matrix-visit-option = Bezoek van { $date }
matrix-earlier = Bij dit bezoek is nog niets ingevuld. Dit zijn de behoeften van het bezoek van { $date }.
matrix-looking-back = Je kijkt terug naar het bezoek van { $date }. Dat blijft zoals het was.
participant-is-child = kind: { $child }
plan-later = Bewaard voor een volgend gesprek
timeline-own = Eigen driehoek van { $name } ingevuld ({ $count ->
    [one] 1 antwoord
   *[other] { $count } antwoorden
}).
compare-nothing-yet = Er is nog niets ingevuld. Vergelijken kan zodra iemand een antwoord kiest.
later-back-heading = Vorige keer bewaard voor later
later-back-help = De vorige keer wilde het gezin over deze thema's later praten. Nu bespreken?
later-back-badge = Vorige keer later
error-no-consent-recordOnDevice = Het gezin heeft nog niet ingestemd met bewaren op dit apparaat.
error-no-consent-shareWithOrganisation = Het gezin heeft nog niet ingestemd met delen met de organisatie.
error-no-consent-contactNetwork = Het gezin heeft nog niet ingestemd met het vragen van mensen uit het netwerk.
export-json-no-consent = Het gezin heeft nog niet ingestemd met delen met de organisatie. Daarom is dit bestand er nog niet. Leg de toestemming vast bij Gezin.
export-host-no-consent = Er gaat dan ook niets naar de pagina van de organisatie.
plan-host-no-consent = Het gezin heeft nog niet ingestemd met delen met de organisatie. Hun pagina hoort daarom niets over dit plan.
circle-invite-no-consent = Uitnodigen kan zodra het gezin instemt met het vragen van mensen uit het netwerk (bij Gezin).
consent-controls = Zonder toestemming om te delen maakt de app geen bestand voor de organisatie. Zonder toestemming om het netwerk te vragen nodig je niemand uit.
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
compare-youth-only = Alleen in de eigen driehoek van de jongere
apart-heading = Apart invullen
apart-help = Ieder kan eerst alleen invullen, daarna vergelijkt u samen. Geef de tablet door, of nodig iemand uit om op de eigen telefoon in te vullen.
apart-hand-over = Geef de tablet aan { $name }
apart-invite = Nodig { $name } uit op de eigen telefoon
invite-failed = Dat lukte niet. Er is niets veranderd.
invite-list-heading = Uitnodigingen
invite-row = { $name }
invite-status-waiting = wacht op antwoorden, geldig tot { $date }
invite-status-answered = antwoorden binnengehaald
invite-status-expired = verlopen
invite-show = Toon de code
invite-remove = Verwijder
invite-remove-label = Verwijder de uitnodiging voor { $name }
invite-code-heading = Uitnodiging voor { $name }
invite-code-help = Scan deze code met de camera van de telefoon, of stuur het bestand. De telefoon toont alleen deze vragen en bewaart niets.
invite-code-label = QR-code met de uitnodiging voor { $name }
invite-valid-until = Geldig tot { $date }, en maar één keer.
invite-save-file = Deel of bewaar als bestand
invite-close = Sluiten
file-shared = Het bestand is gedeeld.
file-saved = Het bestand staat bij uw downloads.
bring-in-open = Antwoorden binnenhalen
bring-in-heading = Antwoorden van een telefoon binnenhalen
bring-in-help = Scan de codes op de telefoon één voor één, in elke volgorde, of open het bestand dat de telefoon stuurde. Antwoorden komen alleen bij de persoon van wie ze zijn.
bring-in-scan = Scan met de camera
bring-in-scan-stop = Stop met scannen
bring-in-progress = { $have } van { $total } codes gelezen
bring-in-file = Of open het bestand met antwoorden
bring-in-done = { $count ->
    [one] 1 antwoord van { $name } is binnengehaald.
   *[other] { $count } antwoorden van { $name } zijn binnengehaald.
}
handover-heading = Jouw vragen, { $name }
handover-help = Op dit scherm staan alleen jouw eigen antwoorden. Neem de tijd. Ben je klaar? Geef de tablet dan terug.
handover-done-theme = ingevuld
handover-open-theme = nog niet
hand-back = Ik ben klaar: tablet teruggeven
hand-back-heading = Tablet teruggeven
hand-back-passphrase = Professional: typ de wachtzin om de tablet terug te nemen
hand-back-confirm = Bent u de professional? Neem de tablet dan terug.
hand-back-yes = Tablet terugnemen
hand-back-cancel = Nog niet
handed-back = { $name } heeft de tablet teruggegeven. Wilt u de antwoorden nu samen vergelijken?
handed-back-compare = Nu samen vergelijken
join-open = Ik heb een uitnodiging
join-heading = Invullen met een uitnodiging
join-help = Richt de camera op de code op de tablet, of open het bestand met de uitnodiging. Er wordt niets op deze telefoon bewaard.
join-file = Of open het bestand met de uitnodiging
join-cancel = Stoppen
notice-invitation = Deze uitnodiging kan niet worden gebruikt: { $detail }
guest-you = Jij
guest-help = Beantwoord de vragen die bij jou passen. Je mag elke vraag overslaan. Je antwoorden blijven op deze telefoon tot je ze verstuurt.
guest-progress = { $done } van { $total } ingevuld
guest-send = Mijn antwoorden versturen
send-heading = Je antwoorden versturen
send-help = Laat deze codes één voor één aan de tablet zien, of deel het bestand. Alleen de tablet die je uitnodigde kan ze lezen.
send-code-label = Code { $n } van { $total }
send-code-prev = Vorige code
send-code-next = Volgende code
send-file = Deel of bewaar de antwoorden als bestand
send-forget-help = Heeft de tablet je antwoorden? Druk dan op Klaar: deze telefoon vergeet ze dan.
send-done = Klaar: vergeet mijn antwoorden
cofill-error-not-ours = Dit is geen uitnodiging of antwoord van Samenplan.
cofill-error-too-large = Dit is te groot voor een uitnodiging of antwoord van Samenplan.
cofill-error-damaged = Dit is onderweg veranderd of beschadigd, en daarom niet te vertrouwen. Er is niets veranderd.
cofill-error-expired = Deze uitnodiging is verlopen. Vraag om een nieuwe.
cofill-error-already-used = Deze antwoorden zijn al binnengehaald. Er is niets veranderd.
cofill-error-other-case = Deze antwoorden horen bij een ander gezin of een andere uitnodiging. Er is niets veranderd.
cofill-error-unknown-instrument = Deze telefoon heeft deze vragen niet. Open de app via de site van de organisatie en probeer het opnieuw.
cofill-error-other-set = Deze code hoort bij een andere reeks codes. Scan de codes van één telefoon tegelijk.

qr-code-failed = De QR-code kon niet worden gemaakt.
qr-scanner-label = Camerabeeld: houd de QR-code ervoor
qr-scanner-stop = Camera stoppen
qr-scanner-again = Opnieuw scannen
qr-scanner-no-camera = Er is geen camera gevonden op dit apparaat.
qr-scanner-denied = De camera mag niet worden gebruikt. Sta de camera toe in de instellingen van de browser en probeer het opnieuw.
qr-scanner-failed = De camera kon niet worden gestart.

# New parents: the way of working, the money overview, the plan's rhythm and the check.
way-newParents = Nieuwe ouders (samen een eigen plan maken, ook al voor de geboorte)
new-create-parents = Beginnen als nieuwe ouders
new-parents-hint = Voor ouders die een kindje verwachten of net hebben: tijd, geld en opvoeden, het gesprek met z'n tweeën en elke drie maanden samen kijken.
step-money = Geld
list-moneyLines = regels in het geldoverzicht
circle-offer-pregnancy = Steun tijdens de zwangerschap
money-heading = Ons geld per maand
money-hint = Vul in wat jullie ongeveer per maand hebben en betalen, in hele euro's. Een schatting is goed genoeg; leeg laten mag ook.
money-private = Dit overzicht is van jullie. Het blijft versleuteld op dit apparaat en gaat nergens heen.
money-group-income = Wat er binnenkomt
money-group-fixed = Vaste lasten
money-group-baby = Wat de baby kost
money-group-total = Samen: € { $amount }
money-item-work = Loon of inkomen uit werk (samen, netto)
money-item-benefits = Verlofuitkering, kinderbijslag en toeslagen
money-item-otherIncome = Ander inkomen
money-item-housing = Huur of hypotheek
money-item-energy = Gas, licht en water
money-item-insurance = Verzekeringen
money-item-subscriptions = Telefoon, internet en abonnementen
money-item-transport = Vervoer
money-item-repayments = Aflossen van schulden
money-item-otherFixed = Andere vaste lasten
money-item-babyCare = Luiers, voeding en verzorging
money-item-childcare = Kinderopvang
money-item-babyThings = Spullen voor de baby (per maand verdeeld)
money-left-label = Wat overblijft
money-amount = € { $amount }
money-empty = Nog niets ingevuld.
money-room = Er blijft elke maand ongeveer € { $amount } over voor boodschappen, sparen en onverwachte kosten.
money-tight = Er blijft elke maand € { $amount } over. Dat is krap voor boodschappen en onverwachte kosten. Veel ouders merken dat als de baby er is; er is hulp die kan meedenken.
money-short = Er gaat elke maand ongeveer € { $amount } meer uit dan er binnenkomt. Dat overkomt veel ouders als er een baby komt, en het is goed dat jullie het nu zien. Hieronder staat wie gratis kan helpen.
money-help-heading = Hulp bij geld in de buurt
money-help-free = Deze hulp is gratis en je mag er zelf naartoe.
money-help-none = Vraag de jeugdverpleegkundige waar jullie in de buurt terechtkunnen voor hulp bij geld.
money-error-too-large = Dat bedrag is te hoog. Vul een bedrag per maand in, hoogstens € { $max }.
plan-rhythm = Hoe vaak kijken we samen hoe het gaat?
plan-rhythm-every = { $months ->
    [one] Elke maand
   *[other] Elke { $months } maanden
}
check-next-upcoming = Volgende keer samen kijken: { $date }.
check-next-soon = { $days ->
    [0] Vandaag kijken we samen hoe het gaat ({ $date }).
    [one] Morgen kijken we samen hoe het gaat ({ $date }).
   *[other] Over { $days } dagen kijken we samen hoe het gaat ({ $date }).
}
check-next-overdue = { $days ->
    [one] Het samen kijken stond gepland op { $date }, gisteren. Kies een nieuwe dag of begin hieronder.
   *[other] Het samen kijken stond gepland op { $date }, { $days } dagen geleden. Kies een nieuwe dag of begin hieronder.
}
review-support = Is er nog evenveel hulp nodig?
review-support-less = Minder hulp is genoeg
review-support-same = Zo houden
review-support-more = Meer hulp nodig
