# Samenplan: teksty po polsku.
# Forma zwracania się: "ty" do jednej osoby, "wy" do całej rodziny (jak niderlandzkie "jullie").

loading = Ładowanie…
skip-to-content = Przejdź do treści
language-label = Język · Language
privacy-note = Wszystko, co tu wpisujesz, zostaje na tym urządzeniu. Nic nie jest wysyłane na serwer.

save-saving = Zapisywanie…
save-saved = Zapisano na tym urządzeniu
save-memory-only = Nie zapisano: to okno nie może niczego przechowywać. Nie zamykaj go, zanim nie zrobisz kopii zapasowej.
save-failed-full = Nie zapisano: na urządzeniu nie ma już miejsca. To, co zapisano wcześniej, nadal jest zapisane.
save-failed = Nie zapisano. To, co zapisano wcześniej, nadal jest zapisane.

notice-storage-unavailable = Ta przeglądarka nie pozwala tu niczego zapisać (na przykład w oknie prywatnym). Możesz pracować, ale gdy zamkniesz okno, wszystko zniknie.
app-incomplete = Samenplan nie załadował się jeszcze do końca. Sprawdź połączenie i spróbuj ponownie.
notice-storage-full = Na tym urządzeniu nie ma już miejsca. To, co zapisano wcześniej, nadal jest zapisane.
notice-storage-failed = Zapisywanie się nie udało. To, co zapisano wcześniej, nadal jest zapisane.
notice-records-unreadable = Nie udało się odczytać części zapisanych rodzin (liczba: { $count }). Zostały bez zmian.
notice-instruments-missing = Nie udało się wczytać kwestionariuszy.
notice-instrument-invalid = Jeden kwestionariusz nie został wczytany, bo jego plik jest niepoprawny. Co jest nie tak, opisano poniżej dla administratora.
notice-language-failed = Nie udało się wczytać tego języka.
notice-demo-failed = Nie udało się wczytać przykładowej rodziny.

cases-heading = Rodziny na tym urządzeniu
cases-empty = Na tym urządzeniu nie ma jeszcze żadnej rodziny.
case-count = { $count ->
    [one] 1 rodzina
    [few] { $count } rodziny
    [many] { $count } rodzin
   *[other] { $count } rodziny
}
case-details = { $children ->
    [one] 1 dziecko
    [few] { $children } dzieci
    [many] { $children } dzieci
   *[other] { $children } dziecka
} · uczestnicy: { $participants } · wizyta { $date }
delete = Usuń
delete-case-label = Usuń: { $name }
delete-question = Usunąć z tego urządzenia „{ $name }” i wszystko, co z tym związane? Tego nie da się cofnąć.
delete-yes = Tak, usuń
delete-no = Nie, zostaw
new-heading = Nowa rodzina
new-alias-label = Nazwa tej rodziny
new-alias-hint = Wystarczy pseudonim, na przykład „Rodzina Słońce”. Prawdziwe nazwisko nie jest potrzebne.
new-create = Zacznij
close-case = Zamknij

steps-label = Kroki
step-case = Rodzina
step-triangle = Trójkąt

family-heading = Rodzina
family-alias-label = Nazwa tej rodziny (może być pseudonim)
way-legend = Sposób pracy
way-screening = Wczesne zauważanie (krótko, kilka tematów)
way-extended = Rozszerzony (wszystkie tematy)
way-multidisciplinary = Wielodyscyplinarny (razem z innymi specjalistami)
purpose-legend = Cel
purpose-notice = Wczesne zauważanie
purpose-assess = Poznanie sytuacji
purpose-monitor = Śledzenie zmian
purpose-evaluate = Ocena

children-heading = Dzieci
children-empty = Nie dodano jeszcze dzieci.
child-add-heading = Dodaj dziecko
child-alias-label = Imię lub zdrobnienie dziecka
child-born-legend = Czy dziecko już się urodziło?
child-born = Urodziło się
child-expected = Jeszcze się nie urodziło
child-birth-label = Data urodzenia
child-due-label = Przewidywana data porodu
child-add = Dodaj dziecko
age-years = { $years ->
    [one] 1 rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } roku
}
age-months = { $months ->
    [one] 1 miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}
age-expected = { $weeks ->
    [one] termin porodu za 1 tydzień
    [few] termin porodu za { $weeks } tygodnie
    [many] termin porodu za { $weeks } tygodni
   *[other] termin porodu za { $weeks } tygodnia
}
age-unknown = wiek nieznany

participants-heading = Kto bierze udział?
participants-empty = Nikogo jeszcze nie dodano. Dodaj rodziców, młodą osobę i siebie.
participant-add-heading = Dodaj osobę
participant-name-label = Imię
participant-role-label = Rola
participant-child-label = Które to dziecko?
participant-add = Dodaj osobę
role-parent = Rodzic lub opiekun
role-youngPerson = Młoda osoba
role-professional = Specjalista
role-networkMember = Ktoś z sieci wsparcia
remove = Usuń
remove-named = Usuń: { $name }

visits-heading = Wizyty
visits-hint = Przy następnej wizycie zobaczysz, co się zmieniło.
visit-label = Wizyta { $number }
visit-add = Nowa wizyta dzisiaj

consent-heading = Zgoda
consent-hint = Zaznacz, na co rodzina się zgadza. Data zostanie zapisana.
consent-recordOnDevice = Rodzina zgadza się, żeby to było przechowywane na tym urządzeniu.
consent-shareWithOrganisation = Rodzina zgadza się, żeby plan został przekazany organizacji.
consent-contactNetwork = Rodzina zgadza się, żeby zapytać osoby z jej sieci wsparcia.
consent-given-on = tak, dnia { $date }
consent-refused-on = nie, dnia { $date }

unshown-heading = Nie każdą odpowiedź da się pokazać
unshown-help = Niektóre odpowiedzi tej rodziny należą do pytań, których nie ma na tym urządzeniu, na przykład z innej organizacji albo ze starszej wersji. Zostają zachowane, także w każdym eksporcie: nic nie ginie.
unshown-answers = { $count ->
    [one] 1 odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
unshown-instrument = Wizyta z dnia { $date }, { $answers }: kwestionariusza "{ $instrument }" nie ma na tym urządzeniu.
unshown-themes = Wizyta z dnia { $date }, { $answers }: o tematach, których nie ma w "{ $instrument }" ({ $themes }).
unshown-levels = Wizyta z dnia { $date }, { $answers }: z wyborem, którego nie ma w "{ $instrument }" ({ $levels }). Dlatego wyglądają na jeszcze otwarte.

error-empty-name = Wpisz imię lub nazwę.
error-too-long = To jest za długie (maksymalna liczba znaków: { $max }).
error-in-use = Tego nie da się zrobić, dopóki ta osoba ma ustalenia albo udzielone odpowiedzi. Najpierw je zmień.
error-too-many = Nie można dodać więcej { $what } (najwyżej { $max }).
error-birth-and-due = Wybierz datę urodzenia albo przewidywaną datę porodu, nie obie.
error-born-in-future = Data urodzenia nie może być w przyszłości. Dziecko jeszcze się nie urodziło? Wybierz 'Jeszcze się nie urodziło' i wpisz przewidywaną datę porodu.
error-date = Wpisz datę jako dzień-miesiąc-rok.
error-internal = Nie udało się. Spróbuj jeszcze raz.

list-children = dzieci
list-participants = uczestników
list-visits = wizyt
list-consent = decyzji o zgodzie
list-assessments = wypełnionych kwestionariuszy
list-answers = odpowiedzi w jednym kwestionariuszu
list-needs = potrzeb w tabeli
list-needThemes = tematów w jednej potrzebie
list-goals = celów
list-goalNeeds = zmartwień przy jednym celu
list-agreements = ustaleń
list-confirmations = akceptacji planu
list-reviews = przeglądów
list-reviewItems = ustaleń w jednym przeglądzie
list-networkPeople = osób w kręgu
list-personTags = rodzajów wsparcia jednej osoby
list-networkTies = linii w kręgu
list-circles = kręgów zachowanych z wcześniejszych wizyt
list-keptPeople = osób w jednym zachowanym kręgu
list-keptTies = linii w jednym zachowanym kręgu
list-invitations = zaproszeń
list-invitationThemes = tematów w jednym zaproszeniu
list-teamViews = opinii specjalistów
list-teamInvolved = potrzeb z zaangażowanymi specjalistami
list-involvedWho = specjalistów przy jednej potrzebie

triangle-screening = Wczesne zauważanie: { $count } z { $total } tematów.
triangle-all = Wszystkie tematy ({ $count }).
triangle-no-respondents = Najpierw dodaj w kroku Rodzina, kto bierze udział: rodzice, młoda osoba, specjalista.
family-language-label = Język rodziny
family-language-same = Taki sam jak w aplikacji
view-label = Widok
view-answer = Wypełnij
view-compare = Porównaj
legend-label = Co oznaczają kolory
themes-label = Tematy
answered-count = { $done } z { $total }
theme-always-shown = Ten temat jest zawsze na liście.
read-aloud = Przeczytaj na głos
read-aloud-no-voice = Na tym urządzeniu nie ma głosu dla tego języka. Nic nie zostało wysłane.
theme-prev = Poprzedni temat
theme-next = Następny temat
skip-all-label = Pomiń temat dla wszystkich
skip-not-discussed = Nie omawiano
skip-later = Później
answer-open = Jeszcze otwarte
note-going-well = Co idzie dobrze?
note-worries = Co cię martwi?
note-fits-age = Normalne w tym wieku
note-outside-control = Nie mamy na to wpływu
previous-answer = Poprzednio ({ $date }): { $answer }

compare-heading = Jak każdy to widzi – obok siebie
compare-hint = Różnica to nie błąd. To dobry początek rozmowy.
compare-count = { $count ->
    [0] Wszystkie tematy widzicie tak samo.
    [one] 1 temat widzicie różnie.
    [few] { $count } tematy widzicie różnie.
    [many] { $count } tematów widzicie różnie.
   *[other] { $count } tematu widzicie różnie.
}
compare-only-differences = Pokaż tylko różnice
compare-theme = Temat
compare-together = Razem
agree-same = Takie samo spojrzenie
agree-differ = Różne spojrzenia: warto o tym porozmawiać
agree-differ-much = Bardzo różne spojrzenia: warto o tym porozmawiać
agree-single = Jedna odpowiedź
agree-none = Jeszcze nie wypełniono
history-heading = W porównaniu z wizytą z dnia { $date }
change-better = idzie lepiej
change-same = bez zmian
change-heavier = więcej zmartwień
change-none = nie da się porównać

step-matrix = Tabela
step-plan = Plan
step-circle = Sieć wsparcia
step-export = Udostępnij

matrix-heading = Czego potrzebuje rodzina?
matrix-help = Tutaj jest to, co wyszło w trójkącie. Porozmawiajcie razem: jak bardzo to ciąży, jak szybko coś powinno się wydarzyć i jakie wsparcie pasuje. Propozycja to tylko początek: możecie ją zmienić.
matrix-no-assessment = Najpierw wypełnij trójkąt. Potem zobaczysz tutaj, co się dzieje.
matrix-none = Nie pojawiły się żadne zmartwienia. Dodatkowe wsparcie nie jest potrzebne: to dobry wynik.
matrix-overview = Przegląd
matrix-need = Co się dzieje
need-proposal = Propozycja na podstawie odpowiedzi. Nie pasuje? Zmieńcie ją razem.
need-also = Dotyczy też: { $themes }
need-touch-label = Czy to dotyczy też innego tematu?
need-strengths = Co daje siłę, żeby to udźwignąć
need-strengths-none = Po tej stronie trójkąta nie wymieniono jeszcze mocnych stron.
nature-single = jeden temat
nature-several = kilka tematów
severity-legend = Jak poważne
severity-light = Lekkie
severity-moderate = Średnie
severity-serious = Poważne
urgency-legend = Jak pilne
urgency-canWait = Może poczekać
urgency-soon = Wkrótce
urgency-now = Teraz
support-legend = Jakie wsparcie pasuje
support-open = Jeszcze nie wybrano
support-noneNeeded = Dodatkowe wsparcie niepotrzebne
support-ownStrength = Własne siły rodziny
support-informal = Wsparcie z własnej sieci
support-lightProfessional = Lekkie wsparcie specjalisty
support-specialised = Specjalistyczna opieka
severity-said-light = lekkie zmartwienie
severity-said-moderate = średnie zmartwienie
severity-said-serious = poważne zmartwienie
urgency-said-canWait = to może poczekać
urgency-said-soon = wkrótce coś powinno się wydarzyć
urgency-said-now = coś powinno się wydarzyć teraz
support-said-noneNeeded = Dodatkowe wsparcie nie jest potrzebne.
support-said-ownStrength = Rodzina zajmie się tym sama.
support-said-informal = Osoby z sieci wsparcia pomagają.
support-said-lightProfessional = Specjalista trochę wspiera i myśli razem z rodziną.
support-said-specialised = Potrzebna jest specjalistyczna opieka.
need-summary = { $themes }: { $severity }, { $urgency }. { $support }
safety-heading = Dla specjalisty: obawy o bezpieczeństwo
safety-next-steps = Omów swoje obawy z kimś z zespołu albo z osobą odpowiedzialną za ochronę dzieci i postępuj zgodnie z procedurą zgłaszania (meldcode). W razie wątpliwości zadzwoń po radę do Veilig Thuis, tel. 0800 2000 (holenderska krajowa linia porad w sprawie przemocy domowej i krzywdzenia dzieci). Nie ma automatycznego wyniku: o następnym kroku decydujesz razem z rodziną.

plan-heading = Plan rodziny: { $family }
plan-help = To jest wasz plan. Zacznij od tego, co idzie dobrze. Zapisz cele własnymi słowami i ustal, kto co robi i kiedy: najpierw to, co robi sama rodzina, potem sieć wsparcia, potem specjaliści.
plan-strengths = Co idzie dobrze
plan-strengths-label = Co daje wam siłę? (waszymi słowami)
plan-needs = Zmartwienia i życzenia
plan-no-needs = Wszystko idzie wystarczająco dobrze. Dodatkowe wsparcie nie jest potrzebne. Nie musi być idealnie: dobrze wystarczy.
plan-goals = Cele
plan-goals-empty = Nie ma jeszcze celów.
plan-goals-none-needed = Cele nie są potrzebne, ale można je dodać.
goal-text-label = Cel, słowami rodziny
goal-need-label = Do którego zmartwienia należy ten cel?
goal-text-missing = Najpierw zapisz cel.
goal-add = Dodaj cel
goal-for-need = dotyczy: { $need }
goal-reached-on = osiągnięto dnia { $date }
goal-remove-label = Usuń cel: { $goal }
plan-agreements = Ustalenia: kto co robi i kiedy
plan-agreements-hint = Najpierw to, co robicie sami, potem to, co robią ludzie wokół was, potem to, co robią specjaliści.
carrier-family = Co robi rodzina
carrier-network = Co robi sieć wsparcia
carrier-professional = Co robią specjaliści
carrier-none = Jeszcze nic nie ustalono.
agreement-who-label = Kto
agreement-what-label = Co
agreement-when-label = Kiedy lub jak często
agreement-goal-label = Do jakiego celu
agreement-add = Dodaj ustalenie
agreement-who-missing = Wybierz, kto to robi.
agreement-what-missing = Zapisz, co ma się wydarzyć.
agreement-for-goal = cel: { $goal }
agreement-ended = zakończone
agreement-remove-label = Usuń ustalenie: { $what }
plan-backup = Plan B
plan-backup-label = Jeśli to się nie uda, to…
plan-review-date = Kiedy razem sprawdzimy, jak idzie?
check-calendar-title-label = Tytuł w twoim kalendarzu
check-calendar-title-default = Razem sprawdzamy, jak idzie plan
check-calendar-hint = Plik zawiera tylko ten tytuł i datę i nigdzie nie trafia: sam otwierasz go w swoim kalendarzu.
check-calendar-add = Dodaj do swojego kalendarza
check-calendar-saved = Zapisano jako { $name }. Otwórz plik, aby dodać datę do kalendarza.
plan-confirm = Akceptacja planu
plan-confirm-hint = Każda osoba, która bierze udział, mówi, czy plan jest dobry.
confirm-label = { $name } akceptuje plan
confirmed-on = zaakceptowano dnia { $date }
unconfirm = Cofnij
unconfirm-label = Cofnij akceptację: { $name }

review-heading = Jak idzie? (przegląd)
review-hint = Przy każdym ustaleniu: udało się, trochę czy nie udało się? Dlaczego? Co się teraz zmienia? Cel osiągnięty? Wtedy wsparcia może być mniej.
review-needs-agreements = Najpierw zapisz ustalenia. Potem możesz je tu razem przejrzeć.
review-date-label = Data przeglądu
review-start = Zacznij przegląd
review-of = Przegląd z dnia { $date }
outcome-done = Udało się
outcome-partly = Trochę
outcome-notDone = Nie udało się
review-why = Dlaczego?
review-next = Co się teraz zmienia?
review-end-agreement = To ustalenie nie jest już potrzebne
review-goals = Cele
review-goal-reached = Cel osiągnięty: { $goal }
review-scale-down = Cel osiągnięty? Wtedy wsparcia może być mniej. Zakończ ustalenia, które nie są już potrzebne.
review-note = Co jeszcze ustalamy?

timeline-heading = Oś czasu
timeline-empty = Jeszcze nic się nie wydarzyło.
timeline-assessment = Wypełniono trójkąt rodziny (liczba odpowiedzi: { $count }).
timeline-changes = Od ostatniego razu: lepiej – { $better }, więcej zmartwień – { $heavier }.
timeline-review = Przegląd: udało się – { $done }, trochę – { $partly }, nie udało się – { $notdone }, jeszcze nie omówiono – { $open }.

# lock and device
lock-now = Zablokuj
setup-heading = Zabezpiecz to urządzenie
setup-help = Wybierz hasło. Wszystko, co zapisujesz o rodzinach, jest nim szyfrowane na tym urządzeniu. Bez hasła nikt tego nie odczyta, nawet my. Wybierz coś, co zapamiętasz: jeśli je zapomnisz, możesz już tylko wszystko usunąć.
passphrase-new-label = Wybierz hasło
passphrase-again-label = Wpisz hasło jeszcze raz
passphrase-too-short = { $min ->
    [one] Użyj co najmniej 1 znaku.
    [few] Użyj co najmniej { $min } znaków.
    [many] Użyj co najmniej { $min } znaków.
   *[other] Użyj co najmniej { $min } znaków.
} Kilka słów z rzędu to mocne hasło, które łatwo zapamiętać.
passphrase-mismatch = Te dwa hasła nie są takie same.
setup-submit = Zabezpiecz i zacznij
unlock-busy = Chwileczkę, tworzenie klucza…
unlock-heading = Samenplan jest zablokowany
unlock-help = Wpisz hasło, żeby przejść dalej.
passphrase-label = Hasło
unlock-submit = Otwórz
unlock-wrong = To hasło jest nieprawidłowe.
unlock-wrong-wait = To hasło jest nieprawidłowe. Odczekaj chwilę, zanim spróbujesz ponownie.
unlock-not-tried = Poczekaj jeszcze chwilę: tego hasła jeszcze nie sprawdzono.
unlock-countdown = { $seconds ->
    [one] Możesz spróbować ponownie za 1 sekundę.
    [few] Możesz spróbować ponownie za { $seconds } sekundy.
    [many] Możesz spróbować ponownie za { $seconds } sekund.
   *[other] Możesz spróbować ponownie za { $seconds } sekundy.
}
unlock-failed = Otwarcie się nie udało. Spróbuj ponownie.
forgot-summary = Nie pamiętasz hasła?
forgot-help = Bez hasła nic nie da się odzyskać. Możesz usunąć wszystko z tego urządzenia i zacząć od nowa.
wipe-all = Usuń wszystko z tego urządzenia
wipe-question = Usunąć wszystkie rodziny i ustawienia z tego urządzenia? Tego nie da się cofnąć.
wipe-yes = Tak, usuń wszystko
notice-wiped = Wszystko na tym urządzeniu zostało usunięte.
notice-wipe-failed = Usuwanie nie udało się do końca. Spróbuj ponownie.
device-heading = To urządzenie
device-encrypted = Wszystkie rodziny są zapisane i zaszyfrowane twoim hasłem.
persist-yes = Przeglądarka przechowuje dane tej aplikacji, także gdy przez jakiś czas jej nie używasz.
persist-no = Przeglądarka może usunąć te dane, jeśli przez jakiś czas nie używasz aplikacji. Zainstaluj aplikację albo zrób kopię zapasową.
lock-minutes-label = Zablokuj po
minutes = { $count ->
    [one] 1 minucie bez używania
    [few] { $count } minutach bez używania
    [many] { $count } minutach bez używania
   *[other] { $count } minuty bez używania
}
passphrase-change-heading = Zmień hasło
passphrase-change = Zmień hasło
passphrase-changed = Hasło zostało zmienione. Wszystko zaszyfrowano ponownie.
passphrase-change-failed = Zmiana się nie udała. Nadal obowiązuje stare hasło.

# encrypted files
backup-heading = Zaszyfrowany plik do przekazania
backup-help = Utwórz zaszyfrowany plik tej rodziny, na przykład dla kogoś z zespołu albo dla samej rodziny. Wybierz dla niego osobne hasło i przekaż je oddzielnie (nie w tym samym mailu ani w tej samej wiadomości).
backup-passphrase-label = Hasło do tego pliku
backup-download = Pobierz zaszyfrowany plik
backup-done = Plik został utworzony.
backup-failed = Nie udało się utworzyć pliku.
open-backup-heading = Otwórz zaszyfrowany plik
open-backup-help = Otwórz rodzinę, którą ktoś ci przekazał jako zaszyfrowany plik. Potrzebujesz hasła do tego pliku.
backup-file-label = Plik
backup-passphrase-open-label = Hasło do pliku
backup-open = Otwórz
backup-choose-file = Najpierw wybierz plik.
backup-not-encrypted = To nie jest zaszyfrowany plik Samenplan.
backup-not-valid = Nie można odczytać tego pliku. Nic się nie zmieniło.
backup-wrong = Hasło jest nieprawidłowe albo plik został zmieniony. Nic się nie zmieniło.
backup-not-a-case = Ten plik nie zawiera prawidłowych danych rodziny. Nic się nie zmieniło.
backup-opened = Plik został otwarty.
import-exists = { $name } jest już na tym urządzeniu. Co chcesz zrobić?
import-replace = Zastąp
import-as-copy = Zachowaj jako kopię
import-cancel = Nie otwieraj
import-copy-name = { $name } (kopia)

# circle
circle-heading = Sieć wsparcia: { $name }
circle-help = Kto jest wokół was? Rodzina jest w środku. Im ktoś jest wam bliższy, tym bliżej środka. Zacznij od krewnych, a potem krok po kroku patrz dalej.
circle-figure = Krąg sieci wsparcia
circle-centre = Rodzina
circle-keys = Przeciągnij kogoś w inne miejsce. Albo wybierz kogoś i użyj strzałek: w górę to bliżej, w dół to dalej, w lewo i w prawo to inna grupa. Wszystko możesz też zrobić na liście poniżej.
circle-legend-formal = W paski: specjaliści, czyli formalna sieć wsparcia. Pozostałe grupy to własna sieć rodziny.
circle-legend-invited = Ptaszek: zaproszenie na spotkanie kręgu.
circle-legend-mediator = Złota obwódka: mediator wybrany przez rodzinę.
circle-ring-veryClose = bardzo blisko
circle-ring-close = blisko
circle-ring-further = dalej
circle-sector-family = Krewni
circle-sector-friendsNeighbours = Przyjaciele i sąsiedzi
circle-sector-schoolWorkClubs = Szkoła, praca, sport, kluby, wiara
circle-sector-professionals = Specjaliści (formalna sieć wsparcia)
circle-invited = zaproszono
circle-role-none = Bez roli
circle-role-mediator = Mediator (wybrany przez rodzinę)
circle-role-coordinator = Koordynator lub coach
circle-role-informs = Informuje (nie decyduje)
circle-role-set = Zmieniono rolę: { $name }.
circle-moved = { $name }: teraz { $ring }, { $sector }.
circle-added = Dodano do kręgu: { $name } ({ $ring }, { $sector }).
circle-removed = Usunięto z kręgu: { $name }.
circle-error-name = Wpisz imię.
circle-error-full = W kręgu nie zmieści się więcej osób.
circle-error-ties-full = W kręgu nie zmieści się więcej linii.
circle-error-mediator = Mediator pochodzi z własnej sieci rodziny, a nie spośród specjalistów. Najpierw wybierz inną rolę.
circle-error-informs = Tylko specjaliści mogą mieć rolę „informuje”. Najpierw wybierz inną rolę.
circle-error-carries = { $name } ma jeszcze ustalenia w planie. Najpierw je zmień.
circle-list = Wszyscy w kręgu
circle-empty = W kręgu nie ma jeszcze nikogo. Zacznij od krewnych.
circle-col-name = Imię
circle-col-place = Miejsce
circle-col-invited = Spotkanie kręgu
circle-col-actions = Działania
circle-ring-of = Jak blisko jest { $name }?
circle-sector-of = Do jakiej grupy należy { $name }?
circle-invited-label = Zaproszenie dla: { $name }
circle-edit = Edytuj
circle-edit-label = Edytuj: { $name }
circle-remove = Usuń z kręgu
circle-remove-label = Usuń z kręgu: { $name }
circle-edit-heading = O osobie: { $name }
circle-name = Imię
circle-relation = Kim jest ta osoba dla was?
circle-offer = W czym ta osoba może wesprzeć?
circle-tags = Rodzaj wsparcia
circle-offer-practical = Wsparcie praktyczne
circle-offer-childcare = Opieka nad dziećmi
circle-offer-listening = Ktoś, kto wysłucha
circle-offer-transport = Podwożenie
circle-offer-money = Pieniądze i dokumenty
circle-offer-knowledge = Wiedza
circle-often = Jak często?
circle-often-low = Od czasu do czasu
circle-often-medium = Regularnie
circle-often-high = Często
circle-reliable = Na ile można liczyć?
circle-reliable-low = Nie zawsze
circle-reliable-medium = Zwykle
circle-reliable-high = Zawsze
circle-lasting = Jak długo?
circle-lasting-low = Przez chwilę
circle-lasting-medium = Przez jakiś czas
circle-lasting-high = Przez długi czas
circle-contact = Jak ta osoba woli, żeby się z nią kontaktować?
circle-contact-hint = To zostaje tylko na tym urządzeniu. Nie jest dołączane, gdy coś udostępniasz.
circle-invited-one = Zaproszenie na spotkanie kręgu
circle-role = Rola na spotkaniu kręgu
circle-informs-hint = Specjalista mówi, co może zrobić, a czego nie. Decyduje rodzina.
circle-can-do = Co mogę zrobić
circle-cannot-do = Czego nie mogę zrobić
circle-suggested-by = Kto zaproponował
circle-carries = Ustalenia w planie
circle-close-editor = Gotowe
circle-who-else = Kto jeszcze?
circle-step = Pytanie { $n } z { $total }
circle-prompt-family = Kto z waszych krewnych jest dla was ważny?
circle-prompt-friends = Jacy przyjaciele są wokół was?
circle-prompt-neighbours = Kogo w okolicy dobrze znacie? Do kogo możecie zapukać?
circle-prompt-school = Kogo znasz ze szkoły, żłobka albo przedszkola?
circle-prompt-sport = Kogo znasz ze sportu?
circle-prompt-clubs = Kogo znasz z klubu, stowarzyszenia albo z hobby?
circle-prompt-work = Kogo znasz z pracy?
circle-prompt-faith = Kogo znasz ze swojej wspólnoty wiary (na przykład z parafii)?
circle-prompt-professionals = Z jakimi specjalistami macie już kontakt?
circle-prompt-suggest = Kto jeszcze mógłby pomyśleć razem z wami? Zapytaj też osoby w kręgu.
circle-in-sector = Już w tej grupie: { $names }
circle-add-name = Imię lub pseudonim
circle-sector = Grupa
circle-add-hint = Nowe osoby trafiają do środkowego kręgu. Potem przesuń je bliżej albo dalej.
circle-add = Dodaj do kręgu
circle-back = Poprzednie pytanie
circle-next = Następne pytanie
circle-meeting = Spotkanie kręgu
circle-meeting-hint = Na spotkaniu kręgu rodzina prosi swoją sieć wsparcia, żeby razem z nią pomyślała. Najpierw rodzina rozmawia bez specjalistów. Potem rodzina pisze plan: kto co robi i kiedy. Po około czterech tygodniach wszyscy razem sprawdzają, jak idzie.
circle-question = Jakie pytanie rodzina zadaje swojej sieci wsparcia?
circle-children = Czy dzieci biorą udział? Decyduje rodzina.
circle-children-yes = Tak
circle-children-no = Nie
circle-children-some = Niektóre
circle-children-note = Uwagi, na przykład które dzieci
circle-attendance = Kto jest zaproszony i kto przyszedł?
circle-none-invited = Nikt nie jest jeszcze zaproszony. Zaznacz osoby na liście.
circle-came-label = Obecność: { $name }

# circle: relation lines (eco-map), the meeting's dates, over time, the professionals' meeting
eco-tie-strong = Więź między { $a } a { $b } jest silna.
eco-tie-ordinary = { $a } i { $b } mają zwykły kontakt.
eco-tie-weak = Więź między { $a } a { $b } jest słaba.
eco-tie-stressful = Kontakt między { $a } a { $b } jest napięty.
eco-tie-family-strong = Więź między { $a } a rodziną jest silna.
eco-tie-family-ordinary = { $a } i rodzina mają zwykły kontakt.
eco-tie-family-weak = Więź między { $a } a rodziną jest słaba.
eco-tie-family-stressful = Kontakt między { $a } a rodziną jest napięty.
eco-flow-gives = { $a } wspiera: { $b }.
eco-flow-receives = { $b } wspiera: { $a }.
eco-flow-both = { $a } i { $b } wspierają się nawzajem.
eco-flow-family-gives = { $a } wspiera rodzinę.
eco-flow-family-receives = Rodzina wspiera: { $a }.
eco-flow-family-both = { $a } i rodzina wspierają się nawzajem.
eco-kind-strong = silna
eco-kind-ordinary = zwykła
eco-kind-weak = słaba
eco-kind-stressful = napięta
eco-kind-none = Bez linii
eco-legend = Linie
eco-legend-strong = Silna więź: gruba linia
eco-legend-ordinary = Zwykły kontakt: cienka linia
eco-legend-weak = Słaba więź: linia przerywana
eco-legend-stressful = Napięcie: linia zygzakiem
eco-legend-arrow = Strzałka: w tę stronę idzie wsparcie
eco-lines-heading = Więzi
eco-family-line = Więź z rodziną
eco-family-kind-of = Więź z rodziną: { $name }
eco-family-flow-of = Wsparcie między rodziną a: { $name }
eco-flow = Jak idzie wsparcie?
eco-flow-unsaid = Nie powiedziano
eco-flow-opt-family-gives = { $name } wspiera rodzinę
eco-flow-opt-family-receives = Rodzina wspiera: { $name }
eco-flow-opt-gives = { $a } wspiera: { $b }
eco-flow-opt-receives = { $b } wspiera: { $a }
eco-flow-opt-both = Wspierają się nawzajem
eco-flow-needs-line = Najpierw wybierz rodzaj więzi.
eco-others = Więzi z innymi osobami w kręgu
eco-tie-with = Z kim?
eco-tie-kind = Rodzaj więzi
eco-add-tie = Narysuj linię
eco-ties-list = Linie między osobami
eco-ties-none = Nie ma jeszcze linii między osobami w kręgu.
eco-tie-kind-of = Rodzaj więzi: { $a } i { $b }
eco-tie-flow-of = Wsparcie: { $a } i { $b }
eco-tie-remove = Usuń
eco-tie-remove-label = Usuń linię: { $a } i { $b }
eco-tie-removed = Linia między { $a } a { $b } została usunięta.
eco-tie-pick = Wybierz kogoś innego z kręgu.
eco-col-relation = Więź z rodziną
eco-lines-label = Linie w kręgu
eco-change-joined = Dołączył(a): { $name }.
eco-change-left = { $name }: już nie w kręgu.
eco-change-closer = { $name }: teraz bliżej, { $to }.
eco-change-further = { $name }: teraz dalej, { $to }.
eco-change-sector = { $name }: teraz w innej grupie, { $to }.
eco-change-tie = Więź między { $a } a { $b } się zmieniła: najpierw { $before }, teraz { $now }.
eco-change-tie-family = Więź z: { $a } się zmieniła: najpierw { $before }, teraz { $now }.
eco-change-tie-added = Nowa linia. { $sentence }
eco-change-tie-removed = Nie ma już linii między { $a } a { $b }.
eco-change-tie-removed-family = Nie ma już linii między { $a } a rodziną.
eco-change-flow = Wsparcie idzie teraz inaczej. { $sentence }
eco-change-none = W kręgu nic się nie zmieniło.
eco-mark-joined = Dołączył(a)
eco-mark-left = Już nie w kręgu
eco-mark-closer = Bliżej
eco-mark-further = Dalej
eco-mark-sector = Do innej grupy
eco-mark-tie = Więź się zmieniła
eco-over-time-heading = Co się zmieniło?
eco-over-time-since = Krąg z dnia { $date } i teraz, na jednym obrazku.
eco-compare-heading = Krąg w czasie
eco-compare-hint = Wybierz dwie wizyty. Zobaczysz, kto dołączył, kogo już nie ma, kto jest bliżej lub dalej i które więzi się zmieniły.
eco-compare-one-visit = Przy następnej wizycie zobaczysz tu, co się zmieniło. Dzisiejszy krąg zostanie wtedy zachowany.
eco-compare-from = Wcześniej
eco-compare-to = Później
eco-compare-mode = Pokaż
eco-compare-side = Obok siebie
eco-compare-one = Na jednym obrazku
eco-compare-changes = Co się zmieniło
eco-compare-same = Wybierz dwie różne wizyty.
eco-visit-option = Wizyta { $number }: { $date }
circle-meeting-date = Data spotkania w kręgu
circle-meeting-place = Gdzie?
circle-check-date = Pierwsze wspólne sprawdzenie, jak idzie
circle-check-suggest = Za cztery tygodnie: { $date }
circle-check-before = Ta data jest przed spotkaniem w kręgu.
circle-attendance-summary = Zaproszeni: { $invited }, { $came ->
    [0] jeszcze nikt nie przyszedł.
   *[other] obecni: { $came }.
}
circle-came-names = Obecni: { $names }.
circle-not-came = Nieobecni: { $names }.
team-heading = Razem z profesjonalistami
team-hint = Każdy profesjonalista mówi, co widzi: to jedno spojrzenie, obok spojrzenia rodziny. Przy każdej trosce widać, kto już pomaga. Jeden koordynator ma wszystko na oku. Rodzina decyduje razem z nimi.
team-no-pros = Nie ma jeszcze profesjonalistów. Dodaj ich jako uczestników albo w kręgu, w grupie profesjonalistów.
team-coordinator = Koordynator
team-coordinator-hint = Ma wszystko na oku i jest pierwszą osobą do kontaktu dla rodziny.
team-coordinator-none = Nikt nie został jeszcze wybrany na koordynatora.
team-coordinator-named = Koordynator: { $name }. Ma wszystko na oku i jest pierwszą osobą do kontaktu dla rodziny.
team-views = Co widzą profesjonaliści
team-view-of = Co widzi { $name }?
team-involved = Kto już pomaga?
team-involved-none = jeszcze nikt
team-involved-of = { $name } już pomaga: { $need }
team-no-needs = Nie ustalono jeszcze trosk. Pochodzą one z macierzy.
travel-heading = { $title } w czasie
travel-hint = Dla każdego tematu: co każdy wybrał przy każdej wizycie. Na górze jest mocna strona. Wizyty:
travel-grown = Silniejsze: { $themes }.
travel-grown-none = Żaden temat nie jest jeszcze silniejszy. Małe kroki też się liczą.
travel-none-moved = Odpowiedzi przy każdej wizycie były takie same.
travel-more = Zmieniło się też: { $themes }.
travel-not-rated = nie wybrano
travel-section = Jak szło do tej pory
travel-show-all = Także tematy, które się nie zmieniły

# export
export-heading = Udostępnij i zachowaj
export-intro = Tutaj tworzysz pliki tej rodziny. Powstają na tym urządzeniu. Nic nie jest wysyłane na serwer.
export-family-title = Plan dla rodziny
export-family-pdf = Plan dla rodziny (PDF)
export-family-help = Plan prostym językiem, najpierw to, co idzie dobrze. Bez wskazówek dla specjalisty.
export-keep = Ten plan należy do was. Przechowujcie go w bezpiecznym miejscu. Sami decydujecie, komu go pokażecie.
export-full-title = Pełny zapis
export-full-pdf = Pełny zapis (PDF)
export-full-help = Wszystko, co zapisano: odpowiedzi i notatki wszystkich, tabela, przeglądy i zgody. Do dokumentacji specjalisty. Rodzina zawsze może zobaczyć także ten zapis.
export-json = Plik rodziny (JSON)
export-json-help = Cała rodzina w jednym pliku: żeby pracować dalej na innym urządzeniu albo wgrać go do systemu organizacji. Jest w nim wszystko, więc przechowuj go bezpiecznie.
export-print = Wydrukuj plan
export-print-help = Wydrukuj plan dla rodziny na drukarce tego urządzenia.
export-made-on = Utworzono dnia { $date }
export-loading = Ładowanie modułu PDF…
export-making = Tworzenie pliku PDF…
export-saved = { $name } jest w pobranych plikach.
export-failed = Nie udało się utworzyć pliku PDF. Nic się nie zmieniło.
export-font-failed = Nie udało się wczytać czcionki do pliku PDF. Nic się nie zmieniło.
import-label = Otwórz plik rodziny
import-hint = Wybierz plik rodziny (.json) utworzony w Samenplan. Nic nie zostanie nadpisane bez pytania.
import-reading = Czytanie pliku…
import-error-too-large = Ten plik jest za duży (więcej niż { $max } MB). Nic się nie zmieniło.
import-error-not-json = Samenplan nie może odczytać tego pliku: jest uszkodzony albo to inny rodzaj pliku. Nic się nie zmieniło.
import-error-encrypted = To jest zaszyfrowany plik do przekazania. Otwórz go w części ‘Otwórz zaszyfrowany plik’, podając hasło tego pliku. Nic się nie zmieniło.
import-error-not-case = To nie jest plik rodziny z Samenplan. Nic się nie zmieniło.
import-error-too-deep = Ten plik jest zbudowany w zbyt skomplikowany sposób, żeby można go było bezpiecznie otworzyć. Nic się nie zmieniło.
import-error-text-too-long = W tym pliku jest za długi tekst (maksymalna liczba znaków: { $max }). Nic się nie zmieniło.
import-error-too-many = W tym pliku jest za dużo { $what } (najwyżej { $max }). Nic się nie zmieniło.
import-error-born-in-future = W tym pliku data urodzenia dziecka jest w przyszłości. Dziecko, które jeszcze się nie urodziło, ma przewidywaną datę porodu. Nic się nie zmieniło.
import-error-too-new = Ten plik pochodzi z nowszej wersji Samenplan (wersja { $found }). Zaktualizuj aplikację i spróbuj ponownie. Nic się nie zmieniło.
import-error-version = W tym pliku nie ma wersji, którą zna Samenplan. Nic się nie zmieniło.
import-error-invalid = Ten plik rodziny nie jest całkiem poprawny. Nic się nie zmieniło.
import-error-read = Nie udało się odczytać pliku. Nic się nie zmieniło.

# offline and embedding
update-ready = Nowa wersja Samenplan jest gotowa. Zostanie użyta, gdy następnym razem otworzysz Samenplan. Twoja praca pozostaje zapisana.
config-invalid = Nie użyto ustawień tej organizacji (config.json), bo coś w nich jest niepoprawne. Samenplan działa teraz na własnych ustawieniach. Co jest nie tak, opisano poniżej dla administratora.
tech-detail = Wyjaśnienie techniczne dla administratora (po angielsku)
share-question-plan = Wszyscy akceptują plan. Wysłać plan także na stronę organizacji { $org }?
share-question-export = Wysłać dane tej rodziny także na stronę organizacji { $org }?
share-hint = Wtedy plan i odpowiedzi tej rodziny trafią na stronę internetową, w której teraz działa Samenplan ({ $origin }). Rób to tylko wtedy, gdy rodzina się zgadza.
share-send = Tak, wyślij do: { $org }
share-keep = Nie, nie wysyłaj
share-sent-plan = Plan został wysłany na stronę organizacji { $org }.
share-told-plan = Strona organizacji { $org } wie teraz, że plan jest gotowy. Treść planu nie została wysłana.
share-sent-export = Dane tej rodziny zostały wysłane na stronę organizacji { $org }.
share-told-export = Strona organizacji { $org } wie teraz, że utworzono plik. Treść pliku nie została wysłana.
share-close = OK
org-services-heading = Wsparcie w okolicy
org-services-help = Organizacje, do których rodzina może zwrócić się sama.
org-services-phone = Zadzwoń: { $phone }
org-services-web = Strona internetowa: { $name }

# odpowiadanie osobno: przekazanie tabletu i własne telefony rodziny
answer-private = Tylko do naszej rozmowy, nie w pliku PDF
whose-label = Czyj trójkąt
whose-family = Trójkąt rodziny
whose-own = Własny trójkąt: { $name }
compare-own-words = { $name } (własny trójkąt)
voices-line = { $theme }: { $names }
need-raised-heading = Kto o tym powiedział
need-raised-by = Powiedział(a): { $names }.
raised-one = { $name }: { $level }
raised-own = { $name }, { $theme }: { $level }
need-agree = Zgoda
need-agree-label = Zgoda co do: { $theme }
need-agree-all = Zgoda na wszystkie propozycje
need-agreed = Uzgodnione
matrix-visit-label = Która wizyta
matrix-visit-option = Wizyta { $date }
matrix-earlier = Podczas tej wizyty nic jeszcze nie wypełniono. To są potrzeby z wizyty { $date }.
matrix-looking-back = Patrzysz wstecz na wizytę { $date }. Zostaje taka, jaka była.
participant-is-child = dziecko: { $child }
plan-later = Zostawione na następną rozmowę
timeline-own = Wypełniono własny trójkąt: { $name } (liczba odpowiedzi: { $count }).
compare-nothing-yet = Nic jeszcze nie wypełniono. Porównać można, gdy ktoś wybierze odpowiedź.
later-back-heading = Ostatnio zostawione na później
later-back-help = Ostatnio rodzina chciała porozmawiać o tych tematach później. Porozmawiać teraz?
later-back-badge = Ostatnio później
error-no-consent-recordOnDevice = Rodzina jeszcze nie zgodziła się na przechowywanie na tym urządzeniu.
error-no-consent-shareWithOrganisation = Rodzina jeszcze nie zgodziła się na udostępnienie organizacji.
error-no-consent-contactNetwork = Rodzina jeszcze nie zgodziła się, by pytać osoby z jej otoczenia.
export-json-no-consent = Rodzina jeszcze nie zgodziła się na udostępnienie organizacji, więc tego pliku nie ma. Zapisz zgodę w części Rodzina.
export-host-no-consent = Na stronę organizacji też nic nie zostanie wysłane.
plan-host-no-consent = Rodzina jeszcze nie zgodziła się na udostępnienie organizacji, więc jej strona nic nie wie o tym planie.
circle-invite-no-consent = Zaprosić można, gdy rodzina zgodzi się, by pytać osoby z jej otoczenia (w części Rodzina).
consent-controls = Bez zgody na udostępnienie aplikacja nie robi pliku dla organizacji. Bez zgody na pytanie otoczenia nikt nie jest zapraszany.
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
compare-youth-only = Tylko we własnym trójkącie młodej osoby
apart-heading = Odpowiadanie osobno
apart-help = Każda osoba może najpierw odpowiedzieć sama, a potem razem porównujecie odpowiedzi. Przekaż tablet albo zaproś kogoś, żeby odpowiedział na własnym telefonie.
apart-hand-over = Przekaż tablet: { $name }
apart-invite = Zaproś do odpowiedzi na własnym telefonie: { $name }
invite-failed = Nie udało się. Nic się nie zmieniło.
invite-list-heading = Zaproszenia
invite-row = { $name }
invite-status-waiting = czeka na odpowiedzi, ważne do { $date }
invite-status-answered = odpowiedzi wczytane
invite-status-expired = wygasło
invite-show = Pokaż kod
invite-remove = Usuń
invite-remove-label = Usuń zaproszenie dla: { $name }
invite-code-heading = Zaproszenie dla: { $name }
invite-code-help = Zeskanuj ten kod aparatem telefonu albo wyślij plik. Telefon pokaże tylko te pytania i niczego nie zapisze.
invite-code-label = Kod QR z zaproszeniem dla: { $name }
invite-valid-until = Ważne do { $date } i tylko jeden raz.
invite-save-file = Udostępnij albo zapisz jako plik
invite-close = Zamknij
file-shared = Plik został udostępniony.
file-saved = Plik został zapisany w pobranych plikach.
bring-in-open = Wczytaj odpowiedzi
bring-in-heading = Wczytaj odpowiedzi z telefonu
bring-in-help = Zeskanuj kody z telefonu jeden po drugim, w dowolnej kolejności, albo otwórz plik, który wysłał telefon. Odpowiedzi trafią tylko do osoby, do której należą.
bring-in-scan = Skanuj aparatem
bring-in-scan-stop = Przestań skanować
bring-in-progress = Odczytane kody: { $have } z { $total }
bring-in-file = Albo otwórz plik z odpowiedziami
bring-in-done = { $count ->
    [one] { $name }: wczytano 1 odpowiedź.
    [few] { $name }: wczytano { $count } odpowiedzi.
    [many] { $name }: wczytano { $count } odpowiedzi.
   *[other] { $name }: wczytano { $count } odpowiedzi.
}
handover-heading = Twoje pytania, { $name }
handover-help = Na tym ekranie są tylko twoje odpowiedzi. Nie spiesz się. Gdy skończysz, oddaj tablet.
handover-done-theme = wypełnione
handover-open-theme = jeszcze nie
hand-back = Gotowe: oddaję tablet
hand-back-heading = Oddaj tablet
hand-back-passphrase = Specjalista: wpisz hasło, żeby odebrać tablet
hand-back-confirm = Czy to ty jesteś specjalistą? Wtedy odbierz tablet.
hand-back-yes = Odbierz tablet
hand-back-cancel = Jeszcze nie
handed-back = Tablet oddany: { $name }. Czy chcecie teraz razem porównać odpowiedzi?
handed-back-compare = Porównaj teraz razem
join-open = Mam zaproszenie
join-heading = Odpowiedz na pytania z zaproszenia
join-help = Skieruj aparat na kod na tablecie albo otwórz plik z zaproszeniem. Na tym telefonie nic nie zostanie zapisane.
join-file = Albo otwórz plik z zaproszeniem
join-cancel = Przerwij
notice-invitation = Tego zaproszenia nie można użyć: { $detail }
guest-you = Ty
guest-help = Odpowiedz na pytania, które do ciebie pasują. Każde pytanie możesz pominąć. Twoje odpowiedzi zostają na tym telefonie, dopóki ich nie wyślesz.
guest-progress = Wypełniono: { $done } z { $total }
guest-send = Wyślij moje odpowiedzi
send-heading = Wyślij swoje odpowiedzi
send-help = Pokaż te kody tabletowi jeden po drugim albo udostępnij plik. Odczytać je może tylko tablet, który cię zaprosił.
send-code-label = Kod { $n } z { $total }
send-code-prev = Poprzedni kod
send-code-next = Następny kod
send-file = Udostępnij albo zapisz odpowiedzi jako plik
send-forget-help = Czy tablet ma już twoje odpowiedzi? Wtedy naciśnij „Gotowe”: ten telefon je zapomni.
send-done = Gotowe: zapomnij moje odpowiedzi
cofill-error-not-ours = To nie jest zaproszenie ani odpowiedź z Samenplan.
cofill-error-too-large = To jest za duże jak na zaproszenie albo odpowiedź z Samenplan.
cofill-error-damaged = To zostało po drodze zmienione albo uszkodzone, więc nie można temu ufać. Nic się nie zmieniło.
cofill-error-expired = To zaproszenie wygasło. Poproś o nowe.
cofill-error-already-used = Te odpowiedzi zostały już wczytane. Nic się nie zmieniło.
cofill-error-other-case = Te odpowiedzi należą do innej rodziny albo do innego zaproszenia. Nic się nie zmieniło.
cofill-error-unknown-instrument = Na tym telefonie nie ma tych pytań. Otwórz aplikację ze strony organizacji i spróbuj ponownie.
cofill-error-other-set = Ten kod należy do innego zestawu kodów. Skanuj kody tylko z jednego telefonu naraz.

qr-code-failed = Nie udało się utworzyć kodu QR.
qr-scanner-label = Obraz z kamery: przytrzymaj przed nią kod QR
qr-scanner-stop = Zatrzymaj kamerę
qr-scanner-again = Skanuj ponownie
qr-scanner-no-camera = Na tym urządzeniu nie znaleziono kamery.
qr-scanner-denied = Nie można używać kamery. Zezwól na kamerę w ustawieniach przeglądarki i spróbuj ponownie.
qr-scanner-failed = Nie udało się uruchomić kamery.

# New parents: the way of working, the money overview, the plan's rhythm and the check.
way-newParents = Nowi rodzice (własny plan, także jeszcze przed porodem)
new-create-parents = Zacznijcie jako nowi rodzice
new-parents-hint = Dla rodziców, którzy spodziewają się dziecka albo właśnie je mają: czas, pieniądze i wychowanie, rozmowa między wami dwojgiem i co trzy miesiące wspólne sprawdzenie, jak idzie.
step-money = Pieniądze
list-moneyLines = wierszy w zestawieniu pieniędzy
circle-offer-pregnancy = Wsparcie w czasie ciąży
money-heading = Nasze pieniądze co miesiąc
money-hint = Wpiszcie, ile mniej więcej macie i płacicie co miesiąc, w pełnych euro. Wystarczy przybliżona kwota; każdy wiersz możecie zostawić pusty.
money-private = To zestawienie jest wasze. Zostaje zaszyfrowane na tym urządzeniu i nigdzie nie trafia.
money-group-income = Co wpływa
money-group-fixed = Stałe opłaty
money-group-baby = Ile kosztuje dziecko
money-group-total = Razem: € { $amount }
money-item-work = Pensja z pracy (was obojga, na rękę)
money-item-benefits = Pieniądze za urlop, zasiłek na dziecko i dodatki
money-item-otherIncome = Inne dochody
money-item-housing = Czynsz albo kredyt na mieszkanie
money-item-energy = Gaz, prąd i woda
money-item-insurance = Ubezpieczenia
money-item-subscriptions = Telefon, internet i abonamenty
money-item-transport = Transport i dojazdy
money-item-repayments = Spłata długów
money-item-otherFixed = Inne stałe opłaty
money-item-babyCare = Pieluchy, jedzenie i pielęgnacja
money-item-childcare = Żłobek i opiekunka
money-item-babyThings = Rzeczy dla dziecka (rozłożone na miesiące)
money-left-label = Co zostaje
money-amount = € { $amount }
money-empty = Nic jeszcze nie wpisano.
money-room = Co miesiąc zostaje około € { $amount } na zakupy, oszczędności i niespodziewane wydatki.
money-tight = Co miesiąc zostaje € { $amount }. To niewiele na zakupy i niespodziewane wydatki. Wielu rodziców zauważa to, gdy dziecko jest już na świecie; jest pomoc, z którą możecie to razem przemyśleć.
money-short = Co miesiąc wychodzi około € { $amount } więcej, niż wpływa. Zdarza się to wielu rodzicom, gdy pojawia się dziecko, i dobrze, że widzicie to już teraz. Poniżej jest napisane, kto może wam pomóc za darmo.
money-help-heading = Pomoc w sprawach pieniędzy w okolicy
money-help-free = Ta pomoc jest bezpłatna i możecie zgłosić się tam sami.
money-help-none = Zapytajcie pielęgniarkę środowiskową (jeugdverpleegkundige), gdzie w okolicy możecie dostać pomoc w sprawach pieniędzy.
money-error-too-large = Ta kwota jest za wysoka. Wpiszcie kwotę na miesiąc, najwyżej € { $max }.
plan-rhythm = Jak często razem sprawdzamy, jak idzie?
plan-rhythm-every = { $months ->
    [one] Co miesiąc
    [few] Co { $months } miesiące
    [many] Co { $months } miesięcy
   *[other] Co { $months } miesiąca
}
check-next-upcoming = Następne wspólne sprawdzenie: { $date }.
check-next-soon = { $days ->
    [0] Dzisiaj razem sprawdzamy, jak idzie ({ $date }).
    [one] Jutro razem sprawdzamy, jak idzie ({ $date }).
    [few] Za { $days } dni razem sprawdzamy, jak idzie ({ $date }).
    [many] Za { $days } dni razem sprawdzamy, jak idzie ({ $date }).
   *[other] Za { $days } dnia razem sprawdzamy, jak idzie ({ $date }).
}
check-next-overdue = { $days ->
    [one] Wspólne sprawdzenie było zaplanowane na { $date }, czyli wczoraj. Wybierzcie nowy dzień albo zacznijcie poniżej.
    [few] Wspólne sprawdzenie było zaplanowane na { $date }, czyli { $days } dni temu. Wybierzcie nowy dzień albo zacznijcie poniżej.
    [many] Wspólne sprawdzenie było zaplanowane na { $date }, czyli { $days } dni temu. Wybierzcie nowy dzień albo zacznijcie poniżej.
   *[other] Wspólne sprawdzenie było zaplanowane na { $date }, czyli { $days } dnia temu. Wybierzcie nowy dzień albo zacznijcie poniżej.
}
review-support = Czy nadal potrzeba tyle samo pomocy?
review-support-less = Wystarczy mniej pomocy
review-support-same = Zostawmy tak, jak jest
review-support-more = Potrzeba więcej pomocy
