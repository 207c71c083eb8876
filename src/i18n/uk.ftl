# Samenplan: українські тексти (звертання на «ти»).

loading = Завантаження…
skip-to-content = Перейти до змісту
language-label = Мова · Language
privacy-note = Усе, що ти тут заповнюєш, залишається на цьому пристрої. Нічого не надсилається на сервер.

save-saving = Зберігаємо…
save-saved = Збережено на цьому пристрої
save-memory-only = Не збережено: це вікно не може нічого зберігати. Не закривай його, поки не зробиш резервну копію.
save-failed-full = Не збережено: пам'ять пристрою заповнена. Те, що вже було збережено, залишається.
save-failed = Не збережено. Те, що вже було збережено, залишається.

notice-storage-unavailable = Цей браузер не дозволяє нічого тут зберігати (наприклад, у приватному вікні). Працювати можна, але все зникне, коли ти закриєш вікно.
app-incomplete = Samenplan ще не завантажився повністю. Перевір з'єднання і спробуй ще раз.
notice-storage-full = На цьому пристрої більше немає місця. Те, що вже було збережено, залишається.
notice-storage-failed = Не вдалося зберегти. Те, що вже було збережено, залишається.
notice-records-unreadable = Не вдалося прочитати збережені родини (кількість: { $count }). Їх не змінено.
notice-instruments-missing = Не вдалося завантажити анкети.
notice-instrument-invalid = Одну анкету не завантажено, бо її файл неправильний. Що саме не так, написано нижче для адміністратора.
notice-language-failed = Не вдалося завантажити цю мову.
notice-demo-failed = Не вдалося завантажити приклад родини.

cases-heading = Родини на цьому пристрої
cases-empty = На цьому пристрої ще немає родин.
case-count = { $count ->
    [one] { $count } родина
    [few] { $count } родини
    [many] { $count } родин
   *[other] { $count } родини
}
case-details = { $children ->
    [one] { $children } дитина
    [few] { $children } дитини
    [many] { $children } дітей
   *[other] { $children } дитини
} · { $participants ->
    [one] { $participants } учасник
    [few] { $participants } учасники
    [many] { $participants } учасників
   *[other] { $participants } учасника
} · візит { $date }
delete = Видалити
delete-case-label = Видалити: { $name }
delete-question = Видалити { $name } і все, що з цим пов'язано, з цього пристрою? Це не можна скасувати.
delete-yes = Так, видалити
delete-no = Ні, залишити
new-heading = Нова родина
new-alias-label = Назва для цієї родини
new-alias-hint = Досить прізвиська, наприклад «Родина Сонце». Справжнє ім'я не потрібне.
new-create = Почати
close-case = Закрити

steps-label = Кроки
step-case = Родина
step-triangle = Трикутник

family-heading = Родина
family-alias-label = Назва для цієї родини (можна прізвисько)
way-legend = Спосіб роботи
way-screening = Короткий огляд (кілька тем)
way-extended = Повний огляд (усі теми)
way-multidisciplinary = Міждисциплінарно (разом з іншими фахівцями)
purpose-legend = Мета
purpose-notice = Вчасно помітити
purpose-assess = Скласти загальну картину
purpose-monitor = Стежити
purpose-evaluate = Оцінити

children-heading = Діти
children-empty = Дітей ще не додано.
child-add-heading = Додати дитину
child-alias-label = Ім'я або прізвисько дитини
child-born-legend = Дитина вже народилася?
child-born = Народилася
child-expected = Ще не народилася
child-birth-label = Дата народження
child-due-label = Очікувана дата пологів
child-add = Додати дитину
age-years = { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
age-months = { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}
age-expected = очікується через { $weeks ->
    [one] { $weeks } тиждень
    [few] { $weeks } тижні
    [many] { $weeks } тижнів
   *[other] { $weeks } тижня
}
age-unknown = вік невідомий

participants-heading = Хто бере участь?
participants-empty = Ще нікого не додано. Додай батьків, молоду людину і себе.
participant-add-heading = Додати учасника
participant-name-label = Ім'я
participant-role-label = Роль
participant-child-label = Яка це дитина?
participant-add = Додати учасника
role-parent = Мама, тато або інший опікун
role-youngPerson = Молода людина
role-professional = Фахівець
role-networkMember = Хтось із мережі підтримки
remove = Прибрати
remove-named = Прибрати { $name }

visits-heading = Візити
visits-hint = Під час наступного візиту ти побачиш, що змінилося.
visit-label = Візит { $number }
visit-add = Новий візит сьогодні

consent-heading = Згода
consent-hint = Познач, на що родина погоджується. Дата зберігається.
consent-recordOnDevice = Родина погоджується, щоб це зберігалося на цьому пристрої.
consent-shareWithOrganisation = Родина погоджується, щоб план передали організації.
consent-contactNetwork = Родина погоджується, щоб звернулися до людей з її мережі підтримки.
consent-given-on = так, { $date }
consent-refused-on = ні, { $date }

unshown-heading = Не кожну відповідь можна показати
unshown-help = Деякі відповіді цієї родини належать до запитань, яких немає на цьому пристрої, наприклад з іншої організації або зі старішої версії. Вони зберігаються, також у кожному експорті: нічого не губиться.
unshown-answers = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
unshown-instrument = Візит { $date }, { $answers }: анкети "{ $instrument }" немає на цьому пристрої.
unshown-themes = Візит { $date }, { $answers }: про теми, яких немає в "{ $instrument }" ({ $themes }).
unshown-levels = Візит { $date }, { $answers }: з вибором, якого немає в "{ $instrument }" ({ $levels }). Тому вони виглядають ще не заповненими.

error-empty-name = Введи ім'я.
error-too-long = Текст задовгий (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
error-in-use = Це неможливо, поки в цієї людини є домовленості або відповіді. Спочатку зміни їх.
error-too-many = Більше { $what } додати не можна (щонайбільше { $max }).
error-birth-and-due = Обери дату народження або очікувану дату пологів, а не обидві.
error-born-in-future = Дата народження не може бути в майбутньому. Дитина ще не народилася? Обери 'Ще не народилася' і введи очікувану дату пологів.
error-date = Введи дату так: день-місяць-рік.
error-internal = Не вдалося. Спробуй ще раз.

list-children = дітей
list-participants = учасників
list-visits = візитів
list-consent = рішень про згоду
list-assessments = заповнених анкет
list-answers = відповідей в одній анкеті
list-needs = потреб у матриці
list-needThemes = тем в одній потребі
list-goals = цілей
list-goalNeeds = переживань для однієї цілі
list-agreements = домовленостей
list-confirmations = згод із планом
list-reviews = оцінювань
list-reviewItems = домовленостей в одному оцінюванні
list-networkPeople = людей у колі
list-personTags = видів підтримки однієї людини
list-networkTies = ліній у колі
list-circles = кіл, збережених з попередніх візитів
list-keptPeople = людей в одному збереженому колі
list-keptTies = ліній в одному збереженому колі
list-invitations = запрошень
list-invitationThemes = тем в одному запрошенні
list-teamViews = поглядів фахівців
list-teamInvolved = потреб із залученими фахівцями
list-involvedWho = фахівців при одній потребі

triangle-screening = Короткий огляд: { $count } з { $total ->
    [one] { $total } теми
    [few] { $total } тем
    [many] { $total } тем
   *[other] { $total } теми
}.
triangle-all = Усі теми ({ $count }).
triangle-no-respondents = Спочатку в розділі «Родина» додай, хто бере участь: батьків, молоду людину, фахівця.
family-language-label = Мова родини
family-language-same = Така сама, як у застосунку
view-label = Вигляд
view-answer = Заповнити
view-compare = Порівняти
legend-label = Що означають кольори
themes-label = Теми
answered-count = { $done } з { $total }
theme-always-shown = Ця тема є завжди.
read-aloud = Прочитати вголос
read-aloud-no-voice = На цьому пристрої немає голосу для цієї мови. Нічого нікуди не надіслано.
theme-prev = Попередня тема
theme-next = Наступна тема
skip-all-label = Пропустити тему для всіх
skip-not-discussed = Не обговорювали
skip-later = Пізніше
answer-open = Ще не заповнено
note-going-well = Що виходить добре?
note-worries = Що тебе турбує?
note-fits-age = Це нормально для цього віку
note-outside-control = Ми на це не впливаємо
previous-answer = Минулого разу ({ $date }): { $answer }

compare-heading = Погляд кожного поруч
compare-hint = Різниця — це не помилка. Це добрий початок розмови.
compare-count = { $count ->
    [0] Усі бачать кожну тему однаково.
    [one] Погляди відрізняються в { $count } темі.
    [few] Погляди відрізняються в { $count } темах.
    [many] Погляди відрізняються в { $count } темах.
   *[other] Погляди відрізняються в { $count } теми.
}
compare-only-differences = Показати лише відмінності
compare-theme = Тема
compare-together = Разом
agree-same = Однаковий погляд
agree-differ = Різні погляди: варто обговорити
agree-differ-much = Дуже різні погляди: варто обговорити
agree-single = Одна відповідь
agree-none = Ще не заповнено
history-heading = Порівняно з візитом { $date }
change-better = краще
change-same = так само
change-heavier = більше переживань
change-none = не можна порівняти

step-matrix = Матриця
step-plan = План
step-circle = Мережа
step-export = Поділитися

matrix-heading = Що потрібно родині?
matrix-help = Тут те, що з'явилося в трикутнику. Обговорімо разом, наскільки це важко, як швидко щось має статися і яка підтримка підходить. Пропозиція — лише початок: зміни її.
matrix-no-assessment = Спочатку заповни трикутник. Потім тут буде видно, що відбувається.
matrix-none = Переживань не з'явилося. Додаткова підтримка не потрібна: це добрий результат.
matrix-overview = Огляд
matrix-need = Що відбувається
need-proposal = Пропозиція на основі відповідей. Не підходить? Змінімо разом.
need-also = Стосується також: { $themes }
need-touch-label = Чи стосується це ще якоїсь теми?
need-strengths = Що може допомогти це витримати
need-strengths-none = На цій стороні трикутника ще не названо сильних сторін.
nature-single = одна тема
nature-several = кілька тем
severity-legend = Наскільки важко
severity-light = Легко
severity-moderate = Середньо
severity-serious = Важко
urgency-legend = Як швидко
urgency-canWait = Може зачекати
urgency-soon = Незабаром
urgency-now = Зараз
support-legend = Яка підтримка підходить
support-open = Ще не обрано
support-noneNeeded = Додаткова підтримка не потрібна
support-ownStrength = Власні сили родини
support-informal = Підтримка власної мережі
support-lightProfessional = Легка підтримка фахівця
support-specialised = Спеціалізована допомога
severity-said-light = невелике переживання
severity-said-moderate = помірне переживання
severity-said-serious = серйозне переживання
urgency-said-canWait = це може зачекати
urgency-said-soon = незабаром треба щось зробити
urgency-said-now = щось треба зробити зараз
support-said-noneNeeded = Додаткова підтримка не потрібна.
support-said-ownStrength = Родина береться за це сама.
support-said-informal = Допомагають люди з мережі підтримки.
support-said-lightProfessional = Фахівець трохи думає разом з родиною.
support-said-specialised = Потрібна спеціалізована допомога.
need-summary = { $themes }: { $severity }, { $urgency }. { $support }
safety-heading = Для фахівця: переживання щодо безпеки
safety-next-steps = Обговори свої переживання з колегою або з відповідальною особою з питань захисту дітей і дій за протоколом повідомлення (meldcode). Якщо сумніваєшся, зателефонуй до Veilig Thuis (національна лінія консультацій щодо домашнього насильства і жорстокого поводження з дітьми) за номером 0800 2000 і попроси поради. Автоматичної оцінки немає: ти і родина разом вирішуєте, який наступний крок.

plan-heading = План: { $family }
plan-help = Це план твоєї родини. Почни з того, що виходить добре. Запиши цілі своїми словами і домовся, хто що робить і коли: спочатку те, що робить сама родина, потім мережа підтримки, потім фахівці.
plan-strengths = Що виходить добре
plan-strengths-label = Що робить твою родину сильною? (своїми словами)
plan-needs = Переживання і побажання
plan-no-needs = Усе йде досить добре. Додаткова підтримка не потрібна. Добре — це достатньо добре.
plan-goals = Цілі
plan-goals-empty = Цілей ще немає.
plan-goals-none-needed = Цілі не обов'язкові, але їх можна додати.
goal-text-label = Ціль словами родини
goal-need-label = До якого переживання належить ця ціль?
goal-text-missing = Спочатку запиши ціль.
goal-add = Додати ціль
goal-for-need = до: { $need }
goal-reached-on = досягнуто { $date }
goal-remove-label = Прибрати ціль: { $goal }
plan-agreements = Домовленості: хто що робить і коли
plan-agreements-hint = Спочатку те, що робить сама родина, потім те, що роблять люди навколо, потім те, що роблять фахівці.
carrier-family = Що робить родина
carrier-network = Що робить мережа підтримки
carrier-professional = Що роблять фахівці
carrier-none = Ще нічого не домовлено.
agreement-who-label = Хто
agreement-what-label = Що
agreement-when-label = Коли або як часто
agreement-goal-label = Для якої цілі
agreement-add = Додати домовленість
agreement-who-missing = Обери, хто це робить.
agreement-what-missing = Запиши, що буде зроблено.
agreement-for-goal = для: { $goal }
agreement-ended = припинено
agreement-remove-label = Прибрати домовленість: { $what }
plan-backup = План Б
plan-backup-label = Якщо це не вийде, тоді…
plan-review-date = Коли ми разом подивимося, як ідуть справи?
check-calendar-title-label = Назва у вашому календарі
check-calendar-title-default = Разом дивимося, як іде план
check-calendar-hint = Файл містить лише цю назву й дату і нікуди не надсилається: ви самі відкриваєте його у своєму календарі.
check-calendar-add = Додати у свій календар
check-calendar-saved = Збережено як { $name }. Відкрийте файл, щоб додати дату до календаря.
plan-confirm = Згода
plan-confirm-hint = Кожен, хто бере участь, каже, чи план підходить.
confirm-label = { $name } погоджується
confirmed-on = погоджено { $date }
unconfirm = Скасувати
unconfirm-label = Скасувати згоду: { $name }

review-heading = Як ідуть справи? (оцінювання)
review-hint = Переглянь кожну домовленість: вдалося, частково чи не вдалося, чому і що тепер змінюється. Ціль досягнуто? Тоді підтримки може бути менше.
review-needs-agreements = Спочатку склади домовленості. Потім тут можна буде разом їх переглянути.
review-date-label = Дата оцінювання
review-start = Почати оцінювання
review-of = Оцінювання { $date }
outcome-done = Вдалося
outcome-partly = Частково
outcome-notDone = Не вдалося
review-why = Чому?
review-next = Що тепер змінюється?
review-end-agreement = Ця домовленість більше не потрібна
review-goals = Цілі
review-goal-reached = Досягнуто: { $goal }
review-scale-down = Ціль досягнуто? Тоді підтримки може бути менше. Припини домовленості, які вже не потрібні.
review-note = Про що ще домовляємося?

timeline-heading = Хронологія
timeline-empty = Ще нічого не відбулося.
timeline-assessment = Трикутник родини заповнено ({ $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}).
timeline-changes = Від минулого разу: краще — { $better }, більше переживань — { $heavier }.
timeline-review = Оцінювання: вдалося — { $done }, частково — { $partly }, не вдалося — { $notdone }, ще не обговорено — { $open }.

# lock and device
lock-now = Заблокувати
setup-heading = Захистити цей пристрій
setup-help = Обери парольну фразу. Усе, що ти зберігаєш про родини, шифрується нею на цьому пристрої. Без парольної фрази ніхто не зможе це прочитати, навіть ми. Обери щось, що легко запам'ятати: якщо парольну фразу забути, можна буде лише все стерти.
passphrase-new-label = Обери парольну фразу
passphrase-again-label = Введи парольну фразу ще раз
passphrase-too-short = Використай щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}. Кілька слів поспіль — це надійно і легко запам'ятати.
passphrase-mismatch = Дві парольні фрази не збігаються.
setup-submit = Захистити і почати
unlock-busy = Хвилинку, створюємо ключ…
unlock-heading = Samenplan заблоковано
unlock-help = Введи свою парольну фразу, щоб продовжити.
passphrase-label = Парольна фраза
unlock-submit = Відкрити
unlock-wrong = Ця парольна фраза неправильна.
unlock-wrong-wait = Ця парольна фраза неправильна. Зачекай трохи, перш ніж спробувати ще раз.
unlock-not-tried = Зачекай ще трохи: цю парольну фразу ще не перевіряли.
unlock-countdown = Спробувати ще раз можна через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
unlock-failed = Не вдалося відкрити. Спробуй ще раз.
forgot-summary = Не пам'ятаєш парольну фразу?
forgot-help = Без парольної фрази нічого не можна відновити. Але можна стерти все на цьому пристрої і почати знову.
wipe-all = Стерти все на цьому пристрої
wipe-question = Стерти всі родини й налаштування з цього пристрою? Це не можна скасувати.
wipe-yes = Так, стерти все
notice-wiped = Усе на цьому пристрої стерто.
notice-wipe-failed = Не вдалося стерти все повністю. Спробуй ще раз.
device-heading = Цей пристрій
device-encrypted = Усі родини збережено в зашифрованому вигляді з твоєю парольною фразою.
persist-yes = Браузер зберігає дані цього застосунку, навіть якщо ти якийсь час сюди не заходиш.
persist-no = Браузер може видалити ці дані, якщо застосунком якийсь час не користуватися. Встанови застосунок або зроби резервну копію.
lock-minutes-label = Блокувати
minutes = { $count ->
    [one] через { $count } хвилину без використання
    [few] через { $count } хвилини без використання
    [many] через { $count } хвилин без використання
   *[other] через { $count } хвилини без використання
}
passphrase-change-heading = Змінити парольну фразу
passphrase-change = Змінити парольну фразу
passphrase-changed = Парольну фразу змінено. Усе зашифровано заново.
passphrase-change-failed = Не вдалося змінити. Стара парольна фраза досі діє.

# encrypted files
backup-heading = Зашифрований файл для передачі
backup-help = Створи зашифрований файл цієї родини, наприклад для колеги або для самої родини. Обери для нього окрему парольну фразу і передай її окремо (не в тому самому листі чи повідомленні).
backup-passphrase-label = Парольна фраза для цього файлу
backup-download = Завантажити зашифрований файл
backup-done = Файл створено.
backup-failed = Не вдалося створити файл.
open-backup-heading = Відкрити зашифрований файл
open-backup-help = Відкрий родину, яку хтось передав тобі як зашифрований файл. Потрібна парольна фраза цього файлу.
backup-file-label = Файл
backup-passphrase-open-label = Парольна фраза файлу
backup-open = Відкрити
backup-choose-file = Спочатку обери файл.
backup-not-encrypted = Це не зашифрований файл Samenplan.
backup-not-valid = Цей файл неможливо прочитати. Нічого не змінено.
backup-wrong = Парольна фраза неправильна, або файл було змінено. Нічого не змінено.
backup-not-a-case = У цьому файлі немає правильних даних родини. Нічого не змінено.
backup-opened = Файл відкрито.
import-exists = { $name } вже є на цьому пристрої. Що ти хочеш зробити?
import-replace = Замінити
import-as-copy = Зберегти як копію
import-cancel = Не відкривати
import-copy-name = { $name } (копія)

# circle
circle-heading = Мережа підтримки: { $name }
circle-help = Хто є поруч із твоєю родиною? Родина — у центрі. Що ближча людина, то ближче вона до центру. Почни з рідних, а потім крок за кроком дивися далі.
circle-figure = Коло мережі підтримки
circle-centre = Родина
circle-keys = Перетягни людину на інше місце. Або обери людину й користуйся стрілками: вгору — ближче, вниз — далі, вліво і вправо — інша група. Усе це можна зробити і в списку нижче.
circle-legend-formal = Смужки: фахівці, офіційна мережа. Інші групи — власна мережа родини.
circle-legend-invited = Позначка: запрошено на зустріч кола.
circle-legend-mediator = Золоте кільце: посередник, якого обрала родина.
circle-ring-veryClose = дуже близько
circle-ring-close = близько
circle-ring-further = далі
circle-sector-family = Рідні
circle-sector-friendsNeighbours = Друзі та сусіди
circle-sector-schoolWorkClubs = Школа, робота, спорт, гуртки, віра
circle-sector-professionals = Фахівці (офіційна мережа)
circle-invited = запрошено
circle-role-none = Без ролі
circle-role-mediator = Посередник (обирає родина)
circle-role-coordinator = Координатор або наставник
circle-role-informs = Інформує (не вирішує)
circle-role-set = Роль змінено: { $name }.
circle-moved = { $name } тепер: { $ring }, { $sector }.
circle-added = { $name } тепер у колі: { $ring }, { $sector }.
circle-removed = { $name } більше немає в колі.
circle-error-name = Введи ім'я.
circle-error-full = У коло більше не вміщується людей.
circle-error-ties-full = До кола більше не можна додати ліній.
circle-error-mediator = Посередник — це людина з власної мережі родини, а не фахівець. Спочатку обери іншу роль.
circle-error-informs = Роль «інформує» буває лише у фахівців. Спочатку обери іншу роль.
circle-error-carries = { $name }: у плані ще є домовленості з цією людиною. Спочатку зміни їх.
circle-list = Усі в колі
circle-empty = У колі ще нікого немає. Почни з рідних.
circle-col-name = Ім'я
circle-col-place = Місце
circle-col-invited = Зустріч кола
circle-col-actions = Дії
circle-ring-of = Наскільки близько { $name }?
circle-sector-of = Група: { $name }
circle-invited-label = { $name }: запрошено
circle-edit = Змінити
circle-edit-label = Змінити: { $name }
circle-remove = Прибрати
circle-remove-label = Прибрати з кола: { $name }
circle-edit-heading = Про людину: { $name }
circle-name = Ім'я
circle-relation = Хто ця людина для тебе?
circle-offer = Що ця людина може запропонувати?
circle-tags = Вид підтримки
circle-offer-practical = Практична підтримка
circle-offer-childcare = Догляд за дітьми
circle-offer-listening = Вислухати
circle-offer-transport = Підвезти, транспорт
circle-offer-money = Гроші й документи
circle-offer-knowledge = Знання
circle-often = Як часто?
circle-often-low = Іноді
circle-often-medium = Регулярно
circle-often-high = Часто
circle-reliable = Наскільки надійно?
circle-reliable-low = Не завжди
circle-reliable-medium = Здебільшого
circle-reliable-high = Завжди
circle-lasting = Як довго?
circle-lasting-low = Недовго
circle-lasting-medium = Якийсь час
circle-lasting-high = Довго
circle-contact = Як ця людина хоче, щоб із нею зв'язувалися?
circle-contact-hint = Це залишається лише на цьому пристрої. Коли ти чимось ділишся, цього там не буде.
circle-invited-one = Запрошено на зустріч кола
circle-role = Роль на зустрічі кола
circle-informs-hint = Фахівець розповідає, що він або вона може зробити, а чого ні. Вирішує родина.
circle-can-do = Що я можу зробити
circle-cannot-do = Чого я не можу зробити
circle-suggested-by = Пропозиція від
circle-carries = Домовленості в плані
circle-close-editor = Готово
circle-who-else = Хто ще?
circle-step = Запитання { $n } з { $total }
circle-prompt-family = Хто з рідних важливий для тебе?
circle-prompt-friends = Які друзі є поруч із тобою?
circle-prompt-neighbours = Кого з сусідів ти добре знаєш? До кого можна постукати у двері?
circle-prompt-school = Кого ти знаєш зі школи або дитсадка?
circle-prompt-sport = Кого ти знаєш зі спорту?
circle-prompt-clubs = Кого ти знаєш із гуртка, клубу чи хобі?
circle-prompt-work = Кого ти знаєш з роботи?
circle-prompt-faith = Кого ти знаєш через свою віру чи переконання?
circle-prompt-professionals = З якими фахівцями ти вже на зв'язку?
circle-prompt-suggest = Хто ще міг би подумати разом? Запитай і людей у колі.
circle-in-sector = Уже в цій групі: { $names }
circle-add-name = Ім'я або прізвисько
circle-sector = Група
circle-add-hint = Нові люди потрапляють у середнє кільце. Потім пересунь їх ближче або далі.
circle-add = Додати в коло
circle-back = Попереднє запитання
circle-next = Наступне запитання
circle-meeting = Зустріч кола
circle-meeting-hint = На зустрічі кола родина просить свою мережу подумати разом. Спочатку родина говорить без фахівців. Потім родина пише план: хто що робить і коли. Приблизно через чотири тижні всі разом дивляться, як ідуть справи.
circle-question = Яке запитання родина ставить своїй мережі?
circle-children = Чи беруть участь діти? Це вирішує родина.
circle-children-yes = Так
circle-children-no = Ні
circle-children-some = Дехто
circle-children-note = Примітка, наприклад які діти
circle-attendance = Кого запрошено і хто прийшов?
circle-none-invited = Ще нікого не запрошено. Постав позначку в списку.
circle-came-label = { $name } на зустрічі

# circle: relation lines (eco-map), the meeting's dates, over time, the professionals' meeting
eco-tie-strong = Зв’язок між { $a } і { $b } міцний.
eco-tie-ordinary = { $a } і { $b } мають звичайний контакт.
eco-tie-weak = Зв’язок між { $a } і { $b } слабкий.
eco-tie-stressful = Контакт між { $a } і { $b } напружений.
eco-tie-family-strong = Зв’язок між { $a } і родиною міцний.
eco-tie-family-ordinary = { $a } і родина мають звичайний контакт.
eco-tie-family-weak = Зв’язок між { $a } і родиною слабкий.
eco-tie-family-stressful = Контакт між { $a } і родиною напружений.
eco-flow-gives = { $a } підтримує: { $b }.
eco-flow-receives = { $b } підтримує: { $a }.
eco-flow-both = { $a } і { $b } підтримують одне одного.
eco-flow-family-gives = { $a } підтримує родину.
eco-flow-family-receives = Родина підтримує: { $a }.
eco-flow-family-both = { $a } і родина підтримують одне одного.
eco-kind-strong = міцний
eco-kind-ordinary = звичайний
eco-kind-weak = слабкий
eco-kind-stressful = напружений
eco-kind-none = Без лінії
eco-legend = Лінії
eco-legend-strong = Міцний зв’язок: товста лінія
eco-legend-ordinary = Звичайний контакт: тонка лінія
eco-legend-weak = Слабкий зв’язок: пунктир
eco-legend-stressful = Напруга: лінія зигзагом
eco-legend-arrow = Стрілка: куди йде підтримка
eco-lines-heading = Зв’язки
eco-family-line = Зв’язок з родиною
eco-family-kind-of = Зв’язок з родиною: { $name }
eco-family-flow-of = Підтримка між родиною і: { $name }
eco-flow = Як іде підтримка?
eco-flow-unsaid = Не сказано
eco-flow-opt-family-gives = { $name } підтримує родину
eco-flow-opt-family-receives = Родина підтримує: { $name }
eco-flow-opt-gives = { $a } підтримує: { $b }
eco-flow-opt-receives = { $b } підтримує: { $a }
eco-flow-opt-both = Вони підтримують одне одного
eco-flow-needs-line = Спершу виберіть вид зв’язку.
eco-others = Зв’язки з іншими в колі
eco-tie-with = З ким?
eco-tie-kind = Вид зв’язку
eco-add-tie = Намалювати лінію
eco-ties-list = Лінії між людьми
eco-ties-none = Ще немає ліній між людьми в колі.
eco-tie-kind-of = Вид зв’язку: { $a } і { $b }
eco-tie-flow-of = Підтримка: { $a } і { $b }
eco-tie-remove = Прибрати
eco-tie-remove-label = Прибрати лінію: { $a } і { $b }
eco-tie-removed = Лінію між { $a } і { $b } прибрано.
eco-tie-pick = Виберіть когось іншого з кола.
eco-col-relation = Зв’язок з родиною
eco-lines-label = Лінії в колі
eco-change-joined = { $name }: тепер у колі.
eco-change-left = { $name }: більше не в колі.
eco-change-closer = { $name }: тепер ближче, { $to }.
eco-change-further = { $name }: тепер далі, { $to }.
eco-change-sector = { $name }: тепер в іншій групі, { $to }.
eco-change-tie = Зв’язок між { $a } і { $b } змінився: спершу { $before }, тепер { $now }.
eco-change-tie-family = Зв’язок з { $a } змінився: спершу { $before }, тепер { $now }.
eco-change-tie-added = Нова лінія. { $sentence }
eco-change-tie-removed = Лінії між { $a } і { $b } більше немає.
eco-change-tie-removed-family = Лінії між { $a } і родиною більше немає.
eco-change-flow = Підтримка тепер іде інакше. { $sentence }
eco-change-none = У колі нічого не змінилося.
eco-mark-joined = Тепер у колі
eco-mark-left = Більше не в колі
eco-mark-closer = Ближче
eco-mark-further = Далі
eco-mark-sector = До іншої групи
eco-mark-tie = Зв’язок змінився
eco-over-time-heading = Що змінилося?
eco-over-time-since = Коло від { $date } і тепер, на одному малюнку.
eco-compare-heading = Коло з часом
eco-compare-hint = Виберіть дві зустрічі. Ви побачите, хто долучився, кого вже немає, хто ближче чи далі і які зв’язки змінилися.
eco-compare-one-visit = На наступній зустрічі тут буде видно, що змінилося. Сьогоднішнє коло тоді збережеться.
eco-compare-from = Раніше
eco-compare-to = Пізніше
eco-compare-mode = Показати
eco-compare-side = Поруч
eco-compare-one = На одному малюнку
eco-compare-changes = Що змінилося
eco-compare-same = Виберіть дві різні зустрічі.
eco-visit-option = Зустріч { $number }: { $date }
circle-meeting-date = Дата зустрічі в колі
circle-meeting-place = Де?
circle-check-date = Уперше разом подивитися, як ідуть справи
circle-check-suggest = Через чотири тижні: { $date }
circle-check-before = Ця дата раніше за зустріч у колі.
circle-attendance-summary = Запрошено: { $invited }, { $came ->
    [0] поки ніхто не прийшов.
   *[other] прийшли: { $came }.
}
circle-came-names = Були: { $names }.
circle-not-came = Не прийшли: { $names }.
team-heading = Разом із фахівцями
team-hint = Кожен фахівець розповідає, що бачить: це один погляд, поруч із поглядом родини. Для кожної турботи видно, хто вже допомагає. Один координатор стежить за всім. Родина вирішує разом.
team-no-pros = Фахівців ще немає. Додайте їх як учасників або в колі до фахівців.
team-coordinator = Координатор
team-coordinator-hint = Стежить за всім і є першою людиною для зв’язку з родиною.
team-coordinator-none = Координатора ще не вибрано.
team-coordinator-named = Координатор: { $name }. Стежить за всім і є першою людиною для зв’язку з родиною.
team-views = Що бачать фахівці
team-view-of = Що бачить { $name }?
team-involved = Хто вже допомагає?
team-involved-none = ще ніхто
team-involved-of = { $name } вже допомагає: { $need }
team-no-needs = Турботи ще не узгоджено. Вони беруться з матриці.
travel-heading = { $title } з часом
travel-hint = Для кожної теми: що кожен вибрав на кожній зустрічі. Угорі сильна сторона. Зустрічі:
travel-grown = Стало сильнішим: { $themes }.
travel-grown-none = Жодна тема ще не стала сильнішою. Маленькі кроки теж важливі.
travel-none-moved = Відповіді на кожній зустрічі були однакові.
travel-more = Також змінилося: { $themes }.
travel-not-rated = не вибрано
travel-section = Як було досі
travel-show-all = Також теми, що не змінилися

# export
export-heading = Поділитися і зберегти
export-intro = Тут ти створюєш файли цієї родини. Вони створюються на цьому пристрої. Нічого не надсилається на сервер.
export-family-title = План для родини
export-family-pdf = План для родини (PDF)
export-family-help = План простою мовою, починаючи з того, що виходить добре. Без нотаток для фахівця.
export-keep = Цей план належить родині. Зберігай його добре. Родина сама вирішує, з ким ним ділитися.
export-full-title = Повний звіт
export-full-pdf = Повний звіт (PDF)
export-full-help = Усе, що записано: відповіді й нотатки кожного, матриця, оцінювання і згода. Для справи фахівця. Родина теж завжди може побачити цей звіт.
export-json = Файл родини (JSON)
export-json-help = Уся родина в одному файлі: щоб продовжити на іншому пристрої або внести в систему організації. У ньому є все, тому зберігай його в безпеці.
export-print = Надрукувати план
export-print-help = Надрукуй план для родини на принтері цього пристрою.
export-made-on = Створено { $date }
export-loading = Завантажуємо частину для PDF…
export-making = Створюємо PDF…
export-saved = { $name } — у твоїх завантаженнях.
export-failed = Не вдалося створити PDF. Нічого не змінено.
export-font-failed = Не вдалося завантажити шрифт для PDF. Нічого не змінено.
import-label = Відкрити файл родини
import-hint = Обери файл родини (.json), створений у Samenplan. Нічого не буде перезаписано без запитання.
import-reading = Читаємо файл…
import-error-too-large = Цей файл завеликий (понад { $max } МБ). Нічого не змінено.
import-error-not-json = Samenplan не може прочитати цей файл: він пошкоджений або це інший тип файлу. Нічого не змінено.
import-error-encrypted = Це зашифрований файл для передачі. Відкрий його в розділі ‘Відкрити зашифрований файл’ з парольною фразою цього файлу. Нічого не змінено.
import-error-not-case = Це не файл родини Samenplan. Нічого не змінено.
import-error-too-deep = Цей файл має надто складну будову, щоб безпечно його відкрити. Нічого не змінено.
import-error-text-too-long = У цьому файлі є задовгий текст (понад { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}). Нічого не змінено.
import-error-too-many = У цьому файлі забагато { $what } (щонайбільше { $max }). Нічого не змінено.
import-error-born-in-future = У цьому файлі дата народження дитини в майбутньому. Дитина, яка ще не народилася, має очікувану дату пологів. Нічого не змінено.
import-error-too-new = Цей файл створено в новішій версії Samenplan (версія { $found }). Онови застосунок і спробуй ще раз. Нічого не змінено.
import-error-version = У цьому файлі немає версії, яку знає Samenplan. Нічого не змінено.
import-error-invalid = Цей файл родини не зовсім правильний. Нічого не змінено.
import-error-read = Не вдалося прочитати файл. Нічого не змінено.

# offline and embedding
update-ready = Готова нова версія Samenplan. Вона запрацює, коли ти наступного разу відкриєш Samenplan. Твоя робота залишається збереженою.
config-invalid = Налаштування цієї організації (config.json) не використано, бо в них щось неправильне. Зараз Samenplan працює з власними налаштуваннями. Що саме не так, написано нижче для адміністратора.
tech-detail = Технічне пояснення для адміністратора (англійською)
share-question-plan = Усі погоджуються з планом. Надіслати план також на сторінку { $org }?
share-question-export = Надіслати дані цієї родини також на сторінку { $org }?
share-hint = Тоді план і відповіді цієї родини потраплять на вебсторінку, у якій зараз відкрито Samenplan ({ $origin }). Роби це, лише якщо родина погоджується.
share-send = Так, надіслати до { $org }
share-keep = Ні, не надсилати
share-sent-plan = План надіслано на сторінку { $org }.
share-told-plan = Сторінка { $org } тепер знає, що план готовий. Його зміст не надіслано.
share-sent-export = Дані цієї родини надіслано на сторінку { $org }.
share-told-export = Сторінка { $org } тепер знає, що файл створено. Його зміст не надіслано.
share-close = Гаразд
org-services-heading = Підтримка поруч
org-services-help = Організації, до яких родина може звернутися сама.
org-services-phone = Зателефонувати: { $phone }
org-services-web = Вебсайт: { $name }

# відповідати окремо: передати планшет і власні телефони родини
answer-private = Лише для нашої розмови, не в PDF
whose-label = Чий трикутник
whose-family = Трикутник родини
whose-own = Власний трикутник: { $name }
compare-own-words = { $name } (власний трикутник)
voices-line = { $theme }: { $names }
need-raised-heading = Хто про це сказав
need-raised-by = Сказали: { $names }.
raised-one = { $name }: { $level }
raised-own = { $name }, { $theme }: { $level }
need-agree = Згода
need-agree-label = Згода щодо: { $theme }
need-agree-all = Згода з усіма пропозиціями
need-agreed = Узгоджено
matrix-visit-label = Який візит
matrix-visit-option = Візит { $date }
matrix-earlier = Під час цього візиту ще нічого не заповнено. Це потреби з візиту { $date }.
matrix-looking-back = Ви дивитеся на візит { $date }. Він залишається таким, яким був.
participant-is-child = дитина: { $child }
plan-later = Відкладено на наступну розмову
timeline-own = Заповнено власний трикутник: { $name } ({ $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}).
compare-nothing-yet = Ще нічого не заповнено. Порівняти можна, коли хтось вибере відповідь.
later-back-heading = Минулого разу відкладено на потім
later-back-help = Минулого разу родина хотіла поговорити про ці теми пізніше. Поговорити зараз?
later-back-badge = Минулого разу пізніше
error-no-consent-recordOnDevice = Родина ще не погодилася на зберігання на цьому пристрої.
error-no-consent-shareWithOrganisation = Родина ще не погодилася ділитися з організацією.
error-no-consent-contactNetwork = Родина ще не погодилася, щоб питали людей з її оточення.
export-json-no-consent = Родина ще не погодилася ділитися з організацією, тому цього файлу немає. Запишіть згоду в розділі Родина.
export-host-no-consent = На сторінку організації теж нічого не надсилається.
plan-host-no-consent = Родина ще не погодилася ділитися з організацією, тому її сторінка нічого не дізнається про цей план.
circle-invite-no-consent = Запросити можна, коли родина погодиться, щоб питали людей з її оточення (у розділі Родина).
consent-controls = Без згоди ділитися застосунок не робить файл для організації. Без згоди питати оточення нікого не запрошують.
date-long = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
compare-youth-only = Лише у власному трикутнику молодої людини
apart-heading = Відповідати окремо
apart-help = Кожен може спочатку відповісти окремо, а потім порівняти відповіді разом. Передай планшет або запроси когось відповісти на власному телефоні.
apart-hand-over = Передати планшет: { $name }
apart-invite = Запросити відповісти на власному телефоні: { $name }
invite-failed = Не вдалося. Нічого не змінено.
invite-list-heading = Запрошення
invite-row = { $name }
invite-status-waiting = чекає на відповіді, дійсне до { $date }
invite-status-answered = відповіді отримано
invite-status-expired = термін минув
invite-show = Показати код
invite-remove = Прибрати
invite-remove-label = Прибрати запрошення: { $name }
invite-code-heading = Запрошення: { $name }
invite-code-help = Відскануй цей код камерою телефону або надішли файл. Телефон показує лише ці запитання і нічого не зберігає.
invite-code-label = QR-код із запрошенням: { $name }
invite-valid-until = Дійсне до { $date } і лише один раз.
invite-save-file = Поділитися або зберегти як файл
invite-close = Закрити
file-shared = Файл передано.
file-saved = Файл збережено у твоїх завантаженнях.
bring-in-open = Отримати відповіді
bring-in-heading = Отримати відповіді з телефону
bring-in-help = Скануй коди на телефоні по одному, у будь-якому порядку, або відкрий файл, який надіслав телефон. Відповіді потрапляють лише до тієї людини, якій вони належать.
bring-in-scan = Сканувати камерою
bring-in-scan-stop = Зупинити сканування
bring-in-progress = Прочитано кодів: { $have } з { $total }
bring-in-file = Або відкрий файл із відповідями
bring-in-done = { $count ->
    [one] { $name }: отримано { $count } відповідь.
    [few] { $name }: отримано { $count } відповіді.
    [many] { $name }: отримано { $count } відповідей.
   *[other] { $name }: отримано { $count } відповіді.
}
handover-heading = Твої запитання, { $name }
handover-help = На цьому екрані лише твої власні відповіді. Не поспішай. Коли закінчиш, поверни планшет.
handover-done-theme = заповнено
handover-open-theme = ще ні
hand-back = Готово: повернути планшет
hand-back-heading = Повернути планшет
hand-back-passphrase = Фахівець: введи парольну фразу, щоб забрати планшет
hand-back-confirm = Ти фахівець? Тоді забери планшет.
hand-back-yes = Забрати планшет
hand-back-cancel = Ще ні
handed-back = Планшет повернуто: { $name }. Порівняти відповіді разом зараз?
handed-back-compare = Порівняти разом зараз
join-open = У мене є запрошення
join-heading = Відповісти за запрошенням
join-help = Наведи камеру на код на планшеті або відкрий файл запрошення. На цьому телефоні нічого не зберігається.
join-file = Або відкрий файл запрошення
join-cancel = Зупинити
notice-invitation = Це запрошення не можна використати: { $detail }
guest-you = Ти
guest-help = Відповідай на запитання, які тобі підходять. Будь-яке з них можна пропустити. Твої відповіді залишаються на цьому телефоні, поки ти їх не надішлеш.
guest-progress = Заповнено: { $done } з { $total }
guest-send = Надіслати мої відповіді
send-heading = Надіслати відповіді
send-help = Покажи ці коди планшету по одному або поділися файлом. Прочитати їх може лише планшет, який тебе запросив.
send-code-label = Код { $n } з { $total }
send-code-prev = Попередній код
send-code-next = Наступний код
send-file = Поділитися відповідями або зберегти їх як файл
send-forget-help = Планшет уже має твої відповіді? Тоді натисни «Готово»: цей телефон їх забуде.
send-done = Готово: забути мої відповіді
cofill-error-not-ours = Це не запрошення і не відповіді Samenplan.
cofill-error-too-large = Це завелике для запрошення чи відповідей Samenplan.
cofill-error-damaged = Це було змінено або пошкоджено дорогою, тому цьому не можна довіряти. Нічого не змінено.
cofill-error-expired = Термін цього запрошення минув. Попроси нове.
cofill-error-already-used = Ці відповіді вже отримано. Нічого не змінено.
cofill-error-other-case = Ці відповіді належать іншій родині або іншому запрошенню. Нічого не змінено.
cofill-error-unknown-instrument = На цьому телефоні немає цих запитань. Відкрий застосунок із сайту організації і спробуй ще раз.
cofill-error-other-set = Цей код належить до іншого набору кодів. Скануй коди лише з одного телефону за раз.

qr-code-failed = Не вдалося створити QR-код.
qr-scanner-label = Зображення з камери: тримайте QR-код перед нею
qr-scanner-stop = Зупинити камеру
qr-scanner-again = Сканувати ще раз
qr-scanner-no-camera = На цьому пристрої не знайдено камери.
qr-scanner-denied = Камерою не можна користуватися. Дозвольте камеру в налаштуваннях браузера і спробуйте ще раз.
qr-scanner-failed = Не вдалося запустити камеру.

# New parents: the way of working, the money overview, the plan's rhythm and the check.
way-newParents = Нові батьки (складаєте власний план, навіть ще до пологів)
new-create-parents = Почати як нові батьки
new-parents-hint = Для батьків, які чекають на дитину або щойно її мають: час, гроші й виховання, розмова між вами двома і раз на три місяці ви разом дивитеся, як ідуть справи.
step-money = Гроші
list-moneyLines = рядків у грошовому огляді
circle-offer-pregnancy = Підтримка під час вагітності
money-heading = Наші гроші щомісяця
money-hint = Впишіть приблизно, скільки ви маєте і платите щомісяця, у цілих євро. Приблизної суми досить; будь-який рядок можна залишити порожнім.
money-private = Цей огляд — ваш. Він зберігається зашифрованим на цьому пристрої і нікуди не надсилається.
money-group-income = Що надходить
money-group-fixed = Постійні витрати
money-group-baby = Скільки коштує малюк
money-group-total = Разом: € { $amount }
money-item-work = Зарплата з роботи (обох, після податків)
money-item-benefits = Виплати за відпустку, дитяча допомога та інші допомоги
money-item-otherIncome = Інші доходи
money-item-housing = Оренда або іпотека
money-item-energy = Газ, електрика і вода
money-item-insurance = Страховки
money-item-subscriptions = Телефон, інтернет і підписки
money-item-transport = Транспорт
money-item-repayments = Виплата боргів
money-item-otherFixed = Інші постійні витрати
money-item-babyCare = Підгузки, харчування і догляд
money-item-childcare = Ясла і няня
money-item-babyThings = Речі для малюка (розподілені на місяці)
money-left-label = Що залишається
money-amount = € { $amount }
money-empty = Ще нічого не заповнено.
money-room = Щомісяця залишається приблизно € { $amount } на продукти, заощадження і несподівані витрати.
money-tight = Щомісяця залишається € { $amount }. Цього небагато на продукти і несподівані витрати. Багато батьків помічають це, коли малюк уже з'явився; є допомога, з якою можна все разом обміркувати.
money-short = Щомісяця витрачається приблизно на € { $amount } більше, ніж надходить. Так буває в багатьох батьків, коли з'являється дитина, і добре, що ви бачите це вже зараз. Нижче написано, хто може допомогти безкоштовно.
money-help-heading = Допомога з грошима поруч
money-help-free = Ця допомога безкоштовна, і ви можете звернутися туди самі.
money-help-none = Запитайте медсестру з дитячого здоров'я (jeugdverpleegkundige), де поруч можна отримати допомогу з грошима.
money-error-too-large = Ця сума завелика. Впишіть суму на місяць, щонайбільше € { $max }.
plan-rhythm = Як часто ми разом дивимося, як ідуть справи?
plan-rhythm-every = { $months ->
    [1] Щомісяця
    [one] Кожні { $months } місяць
    [few] Кожні { $months } місяці
    [many] Кожні { $months } місяців
   *[other] Кожні { $months } місяця
}
check-next-upcoming = Наступного разу ми разом подивимося: { $date }.
check-next-soon = { $days ->
    [0] Сьогодні ми разом дивимося, як ідуть справи ({ $date }).
    [1] Завтра ми разом подивимося, як ідуть справи ({ $date }).
    [one] Через { $days } день ми разом подивимося, як ідуть справи ({ $date }).
    [few] Через { $days } дні ми разом подивимося, як ідуть справи ({ $date }).
    [many] Через { $days } днів ми разом подивимося, як ідуть справи ({ $date }).
   *[other] Через { $days } дня ми разом подивимося, як ідуть справи ({ $date }).
}
check-next-overdue = { $days ->
    [1] Разом подивитися планували { $date }, тобто вчора. Оберіть новий день або почніть нижче.
    [one] Разом подивитися планували { $date }, тобто { $days } день тому. Оберіть новий день або почніть нижче.
    [few] Разом подивитися планували { $date }, тобто { $days } дні тому. Оберіть новий день або почніть нижче.
    [many] Разом подивитися планували { $date }, тобто { $days } днів тому. Оберіть новий день або почніть нижче.
   *[other] Разом подивитися планували { $date }, тобто { $days } дня тому. Оберіть новий день або почніть нижче.
}
review-support = Чи досі потрібно стільки ж допомоги?
review-support-less = Вистачить менше допомоги
review-support-same = Залишити як є
review-support-more = Потрібно більше допомоги
