# Samenplan: النصوص العربية (العربية الفصحى المبسطة).

loading = جارٍ التحميل…
skip-to-content = الانتقال إلى المحتوى
language-label = اللغة · Language
privacy-note = كل ما تكتبونه هنا يبقى على هذا الجهاز. لا يُرسَل أي شيء إلى خادم.

save-saving = جارٍ الحفظ…
save-saved = محفوظ على هذا الجهاز
save-memory-only = لم يُحفَظ: هذه النافذة لا تستطيع حفظ أي شيء. لا تغلقوها قبل أن تعملوا نسخة احتياطية.
save-failed-full = لم يُحفَظ: الجهاز ممتلئ. ما حُفظ من قبل يبقى محفوظًا.
save-failed = لم يُحفَظ. ما حُفظ من قبل يبقى محفوظًا.

notice-storage-unavailable = هذا المتصفح لا يسمح بحفظ أي شيء هنا (مثلًا في نافذة خاصة). يمكنكم العمل، لكن كل شيء سيضيع عندما تغلقون النافذة.
app-incomplete = لم يكتمل تحميل Samenplan بعد. تحقّقوا من الاتصال وحاولوا مرة أخرى.
notice-storage-full = لم تعد هناك مساحة على هذا الجهاز. ما حُفظ من قبل يبقى محفوظًا.
notice-storage-failed = لم ينجح الحفظ. ما حُفظ من قبل يبقى محفوظًا.
notice-records-unreadable = تعذّرت قراءة بعض العائلات المحفوظة (العدد: { $count }). لم يتغيّر فيها شيء.
notice-instruments-missing = تعذّر تحميل الاستمارات.
notice-instrument-invalid = لم يتم تحميل إحدى الاستمارات لأن ملفها غير صحيح. سبب الخطأ مكتوب أدناه للمسؤول.
notice-language-failed = تعذّر تحميل هذه اللغة.
notice-demo-failed = تعذّر تحميل عائلة المثال.

cases-heading = العائلات على هذا الجهاز
cases-empty = لا توجد عائلات على هذا الجهاز بعد.
case-count = { $count ->
    [zero] لا توجد عائلات
    [one] عائلة واحدة
    [two] عائلتان
    [few] { $count } عائلات
    [many] { $count } عائلة
   *[other] { $count } عائلة
}
case-details = { $children ->
    [zero] بلا أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $children } أطفال
    [many] { $children } طفلًا
   *[other] { $children } طفل
} · المشاركون: { $participants } · الزيارة: { $date }
delete = حذف
delete-case-label = حذف: { $name }
delete-question = حذف { $name } وكل ما يتعلق بهذه العائلة من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
delete-yes = نعم، أريد الحذف
delete-no = لا، أريد الاحتفاظ بها
new-heading = عائلة جديدة
new-alias-label = اسم لهذه العائلة
new-alias-hint = يكفي اسم مستعار، مثلًا «عائلة الشمس». لا حاجة إلى الاسم الحقيقي.
new-create = البدء
close-case = إغلاق

steps-label = الخطوات
step-case = العائلة
step-triangle = المثلث

family-heading = العائلة
family-alias-label = اسم لهذه العائلة (يمكن أن يكون اسمًا مستعارًا)
way-legend = طريقة العمل
way-screening = رصد مبكر (قصير، بضعة مواضيع)
way-extended = موسّع (كل المواضيع)
way-multidisciplinary = متعدد التخصصات (مع مختصين آخرين)
purpose-legend = الهدف
purpose-notice = الرصد المبكر
purpose-assess = تكوين صورة شاملة
purpose-monitor = المتابعة
purpose-evaluate = التقييم

children-heading = الأطفال
children-empty = لم تتم إضافة أطفال بعد.
child-add-heading = إضافة طفل
child-alias-label = اسم الطفل أو اسمه المستعار
child-born-legend = هل وُلد الطفل؟
child-born = وُلد
child-expected = لم يولد بعد
child-birth-label = تاريخ الولادة
child-due-label = الموعد المتوقع للولادة
child-add = إضافة الطفل
age-years = { $years ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
age-months = { $months ->
    [zero] أقل من شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
age-expected = الولادة متوقعة بعد { $weeks ->
    [zero] أيام قليلة
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}
age-unknown = العمر غير معروف

participants-heading = من يشارك؟
participants-empty = لم تتم إضافة أحد بعد. أضيفوا الوالدين، والشاب أو الشابة، ثم أنفسكم.
participant-add-heading = إضافة مشارك
participant-name-label = الاسم
participant-role-label = الدور
participant-child-label = أيّ طفل من الأطفال هو؟
participant-add = إضافة المشارك
role-parent = أحد الوالدين أو مقدّم رعاية
role-youngPerson = شاب أو شابة
role-professional = مختص
role-networkMember = شخص من شبكة العائلة
remove = إزالة
remove-named = إزالة { $name }

visits-heading = الزيارات
visits-hint = في الزيارة التالية سترون ما الذي تغيّر.
visit-label = الزيارة { $number }
visit-add = زيارة جديدة اليوم

consent-heading = الموافقة
consent-hint = ضعوا علامة على ما توافق عليه العائلة. يُحفظ التاريخ.
consent-recordOnDevice = توافق العائلة على حفظ هذه المعلومات على هذا الجهاز.
consent-shareWithOrganisation = توافق العائلة على مشاركة الخطة مع المؤسسة.
consent-contactNetwork = توافق العائلة على سؤال أشخاص من شبكتها.
consent-given-on = نعم، بتاريخ { $date }
consent-refused-on = لا، بتاريخ { $date }

unshown-heading = لا يمكن عرض كل الإجابات
unshown-help = بعض إجابات هذه العائلة تخصّ أسئلة غير موجودة على هذا الجهاز، مثلًا من مؤسسة أخرى أو من نسخة أقدم. هذه الإجابات محفوظة، وهي موجودة أيضًا في كل تصدير: لا يضيع شيء.
unshown-answers = { $count ->
    [zero] لا توجد إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
unshown-instrument = زيارة { $date }، { $answers }: الاستمارة "{ $instrument }" غير موجودة على هذا الجهاز.
unshown-themes = زيارة { $date }، { $answers }: عن مواضيع غير موجودة في "{ $instrument }" ({ $themes }).
unshown-levels = زيارة { $date }، { $answers }: باختيار غير موجود في "{ $instrument }" ({ $levels }). لذلك تظهر كأنها لم تتم الإجابة عنها بعد.

error-empty-name = يُرجى كتابة اسم.
error-too-long = هذا طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
error-in-use = لا يمكن ذلك ما دامت لهذا الشخص اتفاقات أو إجابات. غيّروها أولًا.
error-too-many = لا يمكن إضافة المزيد من { $what } (الحد الأقصى: { $max }).
error-birth-and-due = اختاروا تاريخ الولادة أو الموعد المتوقع للولادة، وليس الاثنين معًا.
error-born-in-future = لا يمكن أن يكون تاريخ الولادة في المستقبل. هل لم يولد الطفل بعد؟ اختاروا 'لم يولد بعد' واكتبوا الموعد المتوقع للولادة.
error-date = اكتبوا التاريخ بهذا الشكل: يوم-شهر-سنة.
error-internal = لم ينجح ذلك. حاولوا مرة أخرى.

list-children = الأطفال
list-participants = المشاركين
list-visits = الزيارات
list-consent = قرارات الموافقة
list-assessments = الاستمارات المملوءة
list-answers = الإجابات في استمارة واحدة
list-needs = الاحتياجات في المصفوفة
list-needThemes = المواضيع في حاجة واحدة
list-goals = الأهداف
list-goalNeeds = المخاوف لهدف واحد
list-agreements = الاتفاقات
list-confirmations = الموافقات على الخطة
list-reviews = التقييمات
list-reviewItems = الاتفاقات في تقييم واحد
list-networkPeople = الأشخاص في الدائرة
list-personTags = أنواع الدعم لشخص واحد
list-networkTies = الخطوط في الدائرة
list-circles = الدوائر المحفوظة من زيارات سابقة
list-keptPeople = الأشخاص في دائرة محفوظة واحدة
list-keptTies = الخطوط في دائرة محفوظة واحدة
list-invitations = الدعوات
list-invitationThemes = المواضيع في دعوة واحدة
list-teamViews = آراء المختصين
list-teamInvolved = الحاجات التي يشارك فيها مختصون
list-involvedWho = المختصون المشاركون في حاجة واحدة

triangle-screening = رصد مبكر: { $count } من أصل { $total ->
    [zero] { $total } موضوع
    [one] موضوع واحد
    [two] موضوعين
    [few] { $total } مواضيع
    [many] { $total } موضوعًا
   *[other] { $total } موضوع
}.
triangle-all = كل المواضيع ({ $count }).
triangle-no-respondents = أضيفوا أولًا في خطوة «العائلة» من يشارك: الوالدان، والشاب أو الشابة، والمختص.
family-language-label = لغة العائلة
family-language-same = مثل لغة التطبيق
view-label = طريقة العرض
view-answer = الإجابة
view-compare = المقارنة
legend-label = معنى الألوان
themes-label = المواضيع
answered-count = { $done } من { $total }
theme-always-shown = هذا الموضوع موجود دائمًا.
read-aloud = القراءة بصوت عالٍ
read-aloud-no-voice = لا يوجد صوت لهذه اللغة على هذا الجهاز. لم يُرسَل أي شيء.
theme-prev = الموضوع السابق
theme-next = الموضوع التالي
skip-all-label = تخطّي الموضوع للجميع
skip-not-discussed = لم نتحدث عنه
skip-later = لاحقًا
answer-open = لم تتم الإجابة بعد
note-going-well = ما الذي يسير بشكل جيد؟
note-worries = ما الذي يقلقكم؟
note-fits-age = طبيعي في هذا العمر
note-outside-control = لا نستطيع التأثير فيه
previous-answer = في المرة السابقة ({ $date }): { $answer }

compare-heading = رأي كل شخص جنبًا إلى جنب
compare-hint = الاختلاف ليس خطأ. إنه بداية جيدة للحديث.
compare-count = { $count ->
    [0] رأيكم واحد في كل المواضيع.
    [one] رأيكم مختلف في موضوع واحد.
    [two] رأيكم مختلف في موضوعين.
    [few] رأيكم مختلف في { $count } مواضيع.
    [many] رأيكم مختلف في { $count } موضوعًا.
   *[other] رأيكم مختلف في { $count } موضوع.
}
compare-only-differences = إظهار الاختلافات فقط
compare-theme = الموضوع
compare-together = معًا
agree-same = الرأي نفسه
agree-differ = آراء مختلفة: من الجيد الحديث عنها
agree-differ-much = آراء مختلفة جدًا: من الجيد الحديث عنها
agree-single = إجابة واحدة
agree-none = لم تتم الإجابة بعد
history-heading = مقارنة بزيارة { $date }
change-better = أفضل
change-same = كما هو
change-heavier = قلق أكثر
change-none = لا يمكن المقارنة

step-matrix = المصفوفة
step-plan = الخطة
step-circle = الشبكة
step-export = المشاركة

matrix-heading = ما الذي تحتاجه العائلة؟
matrix-help = هنا ما ظهر في المثلث. تحدثوا معًا: ما مدى ثقله، ومتى يجب أن يحدث شيء، وأي دعم يناسب. الاقتراح مجرد بداية: غيّروه كما ترون.
matrix-no-assessment = املؤوا المثلث أولًا. بعد ذلك سترون هنا ما يحدث.
matrix-none = لم تظهر أي مخاوف. لا حاجة إلى دعم إضافي: هذه نتيجة جيدة.
matrix-overview = نظرة عامة
matrix-need = ما الذي يحدث
need-proposal = اقتراح من الإجابات. هل لا يناسب؟ غيّروه معًا.
need-also = يتعلق أيضًا بـ: { $themes }
need-touch-label = هل يتعلق هذا بموضوع آخر أيضًا؟
need-strengths = ما الذي يمكن أن يساعد على التحمّل
need-strengths-none = لم تُذكر نقاط قوة في هذا الجانب من المثلث بعد.
nature-single = موضوع واحد
nature-several = عدة مواضيع
severity-legend = ما مدى الثقل
severity-light = خفيف
severity-moderate = متوسط
severity-serious = ثقيل
urgency-legend = ما مدى الاستعجال
urgency-canWait = يمكن أن ينتظر
urgency-soon = قريبًا
urgency-now = الآن
support-legend = أي دعم يناسب
support-open = لم يُختر بعد
support-noneNeeded = لا حاجة إلى دعم إضافي
support-ownStrength = قوة العائلة نفسها
support-informal = دعم من شبكة العائلة
support-lightProfessional = دعم خفيف من مختص
support-specialised = رعاية متخصصة
severity-said-light = قلق خفيف
severity-said-moderate = قلق متوسط
severity-said-serious = قلق كبير
urgency-said-canWait = يمكن أن ينتظر
urgency-said-soon = يجب أن يحدث شيء قريبًا
urgency-said-now = يجب أن يحدث شيء الآن
support-said-noneNeeded = لا حاجة إلى دعم إضافي.
support-said-ownStrength = تتولى العائلة هذا بنفسها.
support-said-informal = يساعد أشخاص من شبكة العائلة.
support-said-lightProfessional = يفكر مختص مع العائلة قليلًا.
support-said-specialised = هناك حاجة إلى رعاية متخصصة.
need-summary = { $themes }: { $severity }، { $urgency }. { $support }
safety-heading = للمختص: مخاوف بشأن الأمان
safety-next-steps = ناقشوا قلقكم مع زميل أو مع المسؤول عن حماية الأطفال في مؤسستكم، واتبعوا بروتوكول الإبلاغ (meldcode). عند الشك اتصلوا بـ Veilig Thuis (خط الاستشارة الوطني بشأن العنف المنزلي وإساءة معاملة الأطفال) على الرقم 0800 2000 للاستشارة. لا يوجد تقييم تلقائي بالنقاط: أنتم والعائلة تقررون الخطوة التالية معًا.

plan-heading = خطة { $family }
plan-help = هذه خطتكم. ابدؤوا بما يسير جيدًا. اكتبوا الأهداف بكلماتكم، واتفقوا على من يفعل ماذا ومتى: أولًا ما تفعله العائلة بنفسها، ثم الشبكة، ثم المختصون.
plan-strengths = ما يسير جيدًا
plan-strengths-label = ما الذي يجعلكم أقوياء؟ (بكلماتكم)
plan-needs = المخاوف والأمنيات
plan-no-needs = كل شيء يسير جيدًا بما يكفي. لا حاجة إلى دعم إضافي. الجيد جيد بما يكفي.
plan-goals = الأهداف
plan-goals-empty = لا توجد أهداف بعد.
plan-goals-none-needed = الأهداف ليست ضرورية، لكن يمكنكم إضافتها.
goal-text-label = الهدف، بكلمات العائلة
goal-need-label = بأي قلق يتعلق هذا الهدف؟
goal-text-missing = اكتبوا الهدف أولًا.
goal-add = إضافة هدف
goal-for-need = يتعلق بـ: { $need }
goal-reached-on = تحقق في { $date }
goal-remove-label = إزالة الهدف: { $goal }
plan-agreements = الاتفاقات: من يفعل ماذا، ومتى
plan-agreements-hint = أولًا ما تفعلونه بأنفسكم، ثم ما يفعله الناس من حولكم، ثم ما يفعله المختصون.
carrier-family = ما تفعله العائلة
carrier-network = ما تفعله الشبكة
carrier-professional = ما يفعله المختصون
carrier-none = لم يُتفق على شيء بعد.
agreement-who-label = من
agreement-what-label = ماذا
agreement-when-label = متى أو كم مرة
agreement-goal-label = لأي هدف
agreement-add = إضافة اتفاق
agreement-who-missing = اختاروا من سيقوم به.
agreement-what-missing = اكتبوا ما الذي سيحدث.
agreement-for-goal = للهدف: { $goal }
agreement-ended = توقف
agreement-remove-label = إزالة الاتفاق: { $what }
plan-backup = الخطة البديلة
plan-backup-label = إذا لم ينجح هذا، عندها…
plan-review-date = متى ننظر معًا كيف تسير الأمور؟
check-calendar-title-label = العنوان في تقويمك
check-calendar-title-default = ننظر معًا كيف تسير الخطة
check-calendar-hint = يحتوي الملف على هذا العنوان والتاريخ فقط، ولا يُرسل إلى أي مكان: أنت تفتحه في تقويمك.
check-calendar-add = أضِفه إلى تقويمك
check-calendar-saved = حُفظ باسم { $name }. افتح الملف لإضافة التاريخ إلى تقويمك.
plan-confirm = الموافقة
plan-confirm-hint = كل من يشارك يقول هل الخطة صحيحة.
confirm-label = موافقة { $name }
confirmed-on = تمت الموافقة في { $date }
unconfirm = التراجع
unconfirm-label = سحب موافقة { $name }

review-heading = كيف تسير الأمور؟ (التقييم)
review-hint = انظروا إلى كل اتفاق: هل نجح، أو نجح جزئيًا، أو لم ينجح، ولماذا، وما الذي سيتغير الآن. هل تحقق هدف؟ عندها يمكن تقليل الدعم.
review-needs-agreements = ضعوا اتفاقات أولًا. بعد ذلك يمكنكم مراجعتها هنا معًا.
review-date-label = تاريخ التقييم
review-start = بدء التقييم
review-of = التقييم بتاريخ { $date }
outcome-done = نجح
outcome-partly = جزئيًا
outcome-notDone = لم ينجح
review-why = لماذا؟
review-next = ما الذي سيتغير الآن؟
review-end-agreement = لم نعد نحتاج إلى هذا الاتفاق
review-goals = الأهداف
review-goal-reached = تحقق: { $goal }
review-scale-down = تحقق الهدف؟ عندها يمكن تقليل الدعم. أوقفوا الاتفاقات التي لم تعد ضرورية.
review-note = على ماذا نتفق أيضًا؟

timeline-heading = الخط الزمني
timeline-empty = لم يحدث شيء بعد.
timeline-assessment = تمت تعبئة مثلث العائلة (عدد الإجابات: { $count }).
timeline-changes = منذ المرة السابقة: أفضل: { $better }، قلق أكثر: { $heavier }.
timeline-review = التقييم: نجح: { $done }، جزئيًا: { $partly }، لم ينجح: { $notdone }، لم نتحدث عنه بعد: { $open }.

# lock and device
lock-now = قفل
setup-heading = حماية هذا الجهاز
setup-help = اختاروا عبارة مرور. كل ما تحفظونه عن العائلات يُشفَّر بها على هذا الجهاز. بدون عبارة المرور لا يستطيع أحد قراءته، ولا حتى نحن. اختاروا شيئًا تتذكرونه: إذا نسيتموها، فلا يمكنكم إلا مسح كل شيء.
passphrase-new-label = اختاروا عبارة مرور
passphrase-again-label = اكتبوا عبارة المرور مرة أخرى
passphrase-too-short = استخدموا { $min ->
    [zero] { $min } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل. بضع كلمات متتالية قوية وسهلة التذكر.
passphrase-mismatch = عبارتا المرور غير متطابقتين.
setup-submit = الحماية والبدء
unlock-busy = لحظة من فضلكم، يتم إنشاء المفتاح…
unlock-heading = Samenplan مقفل
unlock-help = اكتبوا عبارة المرور للمتابعة.
passphrase-label = عبارة المرور
unlock-submit = فتح
unlock-wrong = عبارة المرور هذه غير صحيحة.
unlock-wrong-wait = عبارة المرور هذه غير صحيحة. انتظروا قليلًا قبل أن تحاولوا مرة أخرى.
unlock-not-tried = انتظروا قليلًا بعد: لم تتم تجربة عبارة المرور هذه بعد.
unlock-countdown = يمكنكم المحاولة مرة أخرى بعد { $seconds ->
    [zero] لحظة
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
unlock-failed = لم ينجح الفتح. حاولوا مرة أخرى.
forgot-summary = نسيتم عبارة المرور؟
forgot-help = بدون عبارة المرور لا يمكن استرجاع أي شيء. لكن يمكنكم مسح كل شيء على هذا الجهاز والبدء من جديد.
wipe-all = مسح كل شيء على هذا الجهاز
wipe-question = مسح كل العائلات والإعدادات من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
wipe-yes = نعم، أريد مسح كل شيء
notice-wiped = تم مسح كل شيء على هذا الجهاز.
notice-wipe-failed = لم ينجح المسح بالكامل. حاولوا مرة أخرى.
device-heading = هذا الجهاز
device-encrypted = كل العائلات محفوظة ومشفّرة بعبارة المرور الخاصة بكم.
persist-yes = يحتفظ المتصفح ببيانات هذا التطبيق، حتى لو لم تستخدموه لفترة.
persist-no = قد يحذف المتصفح هذه البيانات إذا لم يُستخدم التطبيق لفترة. ثبّتوا التطبيق أو اعملوا نسخة احتياطية.
lock-minutes-label = القفل بعد
minutes = { $count ->
    [zero] { $count } دقيقة دون استخدام
    [one] دقيقة واحدة دون استخدام
    [two] دقيقتين دون استخدام
    [few] { $count } دقائق دون استخدام
    [many] { $count } دقيقة دون استخدام
   *[other] { $count } دقيقة دون استخدام
}
passphrase-change-heading = تغيير عبارة المرور
passphrase-change = تغيير عبارة المرور
passphrase-changed = تم تغيير عبارة المرور. تم تشفير كل شيء من جديد.
passphrase-change-failed = لم ينجح التغيير. عبارة المرور القديمة ما زالت صالحة.

# encrypted files
backup-heading = ملف مشفّر للتسليم
backup-help = اعملوا ملفًا مشفّرًا لهذه العائلة، مثلًا لزميل أو للعائلة نفسها. اختاروا له عبارة مرور خاصة به، وأرسلوها بشكل منفصل (ليس في البريد الإلكتروني نفسه أو الرسالة نفسها).
backup-passphrase-label = عبارة المرور لهذا الملف
backup-download = تنزيل الملف المشفّر
backup-done = تم إنشاء الملف.
backup-failed = لم ينجح إنشاء الملف.
open-backup-heading = فتح ملف مشفّر
open-backup-help = افتحوا عائلة أعطاكم إياها شخص ما كملف مشفّر. تحتاجون إلى عبارة المرور الخاصة بهذا الملف.
backup-file-label = الملف
backup-passphrase-open-label = عبارة مرور الملف
backup-open = فتح
backup-choose-file = اختاروا ملفًا أولًا.
backup-not-encrypted = هذا ليس ملف Samenplan مشفّرًا.
backup-not-valid = لا يمكن قراءة هذا الملف. لم يتغيّر شيء.
backup-wrong = عبارة المرور غير صحيحة، أو تم تغيير الملف. لم يتغيّر شيء.
backup-not-a-case = لا يحتوي هذا الملف على عائلة صالحة. لم يتغيّر شيء.
backup-opened = تم فتح الملف.
import-exists = العائلة { $name } موجودة بالفعل على هذا الجهاز. ماذا تريدون أن تفعلوا؟
import-replace = استبدال
import-as-copy = الحفظ كنسخة
import-cancel = عدم الفتح
import-copy-name = { $name } (نسخة)

# circle
circle-heading = شبكة { $name }
circle-help = من هم الناس من حولكم؟ العائلة في الوسط. كلما كان الشخص أقرب إليكم، كان أقرب إلى الوسط. ابدؤوا بالأقارب، ثم انظروا أبعد، خطوة بخطوة.
circle-figure = دائرة الشبكة
circle-centre = العائلة
circle-keys = اسحبوا شخصًا إلى مكان آخر. أو اختاروا شخصًا واستخدموا مفاتيح الأسهم: الأعلى يعني أقرب، والأسفل يعني أبعد، واليمين واليسار يعنيان مجموعة أخرى. يمكن فعل كل شيء أيضًا في القائمة أدناه.
circle-legend-formal = بخطوط: المختصون، أي الشبكة الرسمية. المجموعات الأخرى هي شبكة العائلة الخاصة.
circle-legend-invited = علامة صح: مدعو إلى لقاء الدائرة.
circle-legend-mediator = حلقة ذهبية: الوسيط الذي اختارته العائلة.
circle-ring-veryClose = قريب جدًا
circle-ring-close = قريب
circle-ring-further = أبعد
circle-sector-family = الأقارب
circle-sector-friendsNeighbours = الأصدقاء والجيران
circle-sector-schoolWorkClubs = المدرسة، العمل، الرياضة، النوادي، الدين
circle-sector-professionals = المختصون (الشبكة الرسمية)
circle-invited = مدعو
circle-role-none = بلا دور
circle-role-mediator = وسيط (تختاره العائلة)
circle-role-coordinator = منسق أو مرشد
circle-role-informs = يقدّم معلومات (لا يشارك في القرار)
circle-role-set = تم تغيير دور { $name }.
circle-moved = مكان { $name } الآن: { $ring }، { $sector }.
circle-added = تمت إضافة { $name } إلى الدائرة: { $ring }، { $sector }.
circle-removed = تمت إزالة { $name } من الدائرة.
circle-error-name = يُرجى كتابة اسم.
circle-error-full = لا يتسع المكان لأشخاص آخرين في الدائرة.
circle-error-ties-full = لا تتسع الدائرة لمزيد من الخطوط.
circle-error-mediator = الوسيط يأتي من شبكة العائلة الخاصة، وليس من المختصين. اختاروا دورًا آخر أولًا.
circle-error-informs = المختصون فقط لهم دور «يقدّم معلومات». اختاروا دورًا آخر أولًا.
circle-error-carries = لدى { $name } اتفاقات في الخطة. غيّروها أولًا.
circle-list = كل من في الدائرة
circle-empty = لا يوجد أحد في الدائرة بعد. ابدؤوا بالأقارب.
circle-col-name = الاسم
circle-col-place = المكان
circle-col-invited = لقاء الدائرة
circle-col-actions = الإجراءات
circle-ring-of = ما مدى قرب { $name }؟
circle-sector-of = مجموعة { $name }
circle-invited-label = تمت دعوة { $name }
circle-edit = تعديل
circle-edit-label = تعديل { $name }
circle-remove = إخراج
circle-remove-label = إخراج { $name } من الدائرة
circle-edit-heading = عن { $name }
circle-name = الاسم
circle-relation = ما علاقة هذا الشخص بكم؟
circle-offer = ماذا يستطيع هذا الشخص أن يقدّم؟
circle-tags = نوع الدعم
circle-offer-practical = دعم عملي
circle-offer-childcare = رعاية الأطفال
circle-offer-listening = أذن صاغية
circle-offer-transport = التوصيل والمواصلات
circle-offer-money = المال والأوراق الرسمية
circle-offer-knowledge = المعرفة
circle-often = كم مرة؟
circle-often-low = أحيانًا
circle-often-medium = بانتظام
circle-often-high = كثيرًا
circle-reliable = إلى أي حد يمكن الاعتماد عليه؟
circle-reliable-low = ليس دائمًا
circle-reliable-medium = في أغلب الأحيان
circle-reliable-high = دائمًا
circle-lasting = لأي مدة؟
circle-lasting-low = لفترة قصيرة
circle-lasting-medium = لبعض الوقت
circle-lasting-high = لفترة طويلة
circle-contact = كيف يفضّل هذا الشخص أن يتم التواصل معه؟
circle-contact-hint = هذا يبقى على هذا الجهاز فقط. لا يُضاف عندما تشاركون أي شيء.
circle-invited-one = مدعو إلى لقاء الدائرة
circle-role = الدور في لقاء الدائرة
circle-informs-hint = يقول المختص ما يستطيع فعله وما لا يستطيع. العائلة هي التي تقرر.
circle-can-do = ما أستطيع فعله
circle-cannot-do = ما لا أستطيع فعله
circle-suggested-by = اقتراح من
circle-carries = الاتفاقات في الخطة
circle-close-editor = تم
circle-who-else = من أيضًا؟
circle-step = السؤال { $n } من { $total }
circle-prompt-family = من من أقاربكم مهم لكم؟
circle-prompt-friends = من هم الأصدقاء من حولكم؟
circle-prompt-neighbours = من تعرفون جيدًا في الحي؟ عند من يمكنكم أن تطرقوا الباب؟
circle-prompt-school = من تعرفون من المدرسة أو من الحضانة؟
circle-prompt-sport = من تعرفون من الرياضة؟
circle-prompt-clubs = من تعرفون من نادٍ أو جمعية أو هواية؟
circle-prompt-work = من تعرفون من العمل؟
circle-prompt-faith = من تعرفون من خلال دينكم أو معتقداتكم؟
circle-prompt-professionals = مع أي مختصين أنتم على تواصل الآن؟
circle-prompt-suggest = من أيضًا يمكن أن يفكر معكم؟ اسألوا الأشخاص في الدائرة أيضًا.
circle-in-sector = موجودون في هذه المجموعة: { $names }
circle-add-name = الاسم أو الاسم المستعار
circle-sector = المجموعة
circle-add-hint = الأشخاص الجدد يوضعون في الحلقة الوسطى. بعد ذلك حرّكوهم إلى مكان أقرب أو أبعد.
circle-add = إضافة إلى الدائرة
circle-back = السؤال السابق
circle-next = السؤال التالي
circle-meeting = لقاء الدائرة
circle-meeting-hint = في لقاء الدائرة تطلب العائلة من شبكتها أن تفكر معها. أولًا تتحدث العائلة دون المختصين. بعد ذلك تكتب العائلة الخطة: من يفعل ماذا، ومتى. بعد نحو أربعة أسابيع ينظر الجميع معًا كيف تسير الأمور.
circle-question = ما السؤال الذي تطرحه العائلة على شبكتها؟
circle-children = هل يشارك الأطفال؟ العائلة هي التي تقرر.
circle-children-yes = نعم
circle-children-no = لا
circle-children-some = بعضهم
circle-children-note = ملاحظة، مثلًا أي الأطفال
circle-attendance = من المدعو، ومن حضر؟
circle-none-invited = لم تتم دعوة أحد بعد. ضعوا علامة في القائمة.
circle-came-label = حضور { $name }

# circle: relation lines (eco-map), the meeting's dates, over time, the professionals' meeting
eco-tie-strong = الرابطة بين { $a } و{ $b } قوية.
eco-tie-ordinary = بين { $a } و{ $b } تواصل عادي.
eco-tie-weak = الرابطة بين { $a } و{ $b } ضعيفة.
eco-tie-stressful = التواصل بين { $a } و{ $b } فيه توتر.
eco-tie-family-strong = الرابطة بين { $a } والأسرة قوية.
eco-tie-family-ordinary = بين { $a } والأسرة تواصل عادي.
eco-tie-family-weak = الرابطة بين { $a } والأسرة ضعيفة.
eco-tie-family-stressful = التواصل بين { $a } والأسرة فيه توتر.
eco-flow-gives = { $a } يدعم { $b }.
eco-flow-receives = { $b } يدعم { $a }.
eco-flow-both = { $a } و{ $b } يدعمان بعضهما.
eco-flow-family-gives = { $a } يدعم الأسرة.
eco-flow-family-receives = الأسرة تدعم { $a }.
eco-flow-family-both = { $a } والأسرة يدعمان بعضهما.
eco-kind-strong = قوية
eco-kind-ordinary = عادية
eco-kind-weak = ضعيفة
eco-kind-stressful = فيها توتر
eco-kind-none = بلا خط
eco-legend = الخطوط
eco-legend-strong = رابطة قوية: خط سميك
eco-legend-ordinary = تواصل عادي: خط رفيع
eco-legend-weak = رابطة ضعيفة: خط متقطع
eco-legend-stressful = فيها توتر: خط متعرج
eco-legend-arrow = السهم: اتجاه الدعم
eco-lines-heading = الروابط
eco-family-line = الرابطة مع الأسرة
eco-family-kind-of = رابطة { $name } مع الأسرة
eco-family-flow-of = الدعم بين { $name } والأسرة
eco-flow = كيف يسير الدعم؟
eco-flow-unsaid = لم يُذكر
eco-flow-opt-family-gives = { $name } يدعم الأسرة
eco-flow-opt-family-receives = الأسرة تدعم { $name }
eco-flow-opt-gives = { $a } يدعم { $b }
eco-flow-opt-receives = { $b } يدعم { $a }
eco-flow-opt-both = يدعمان بعضهما
eco-flow-needs-line = اختر نوع الرابطة أولًا.
eco-others = الروابط مع آخرين في الدائرة
eco-tie-with = مع من؟
eco-tie-kind = نوع الرابطة
eco-add-tie = ارسم خطًا
eco-ties-list = الخطوط بين الأشخاص
eco-ties-none = لا توجد بعد خطوط بين الأشخاص في الدائرة.
eco-tie-kind-of = نوع الرابطة بين { $a } و{ $b }
eco-tie-flow-of = الدعم بين { $a } و{ $b }
eco-tie-remove = إزالة
eco-tie-remove-label = إزالة الخط بين { $a } و{ $b }
eco-tie-removed = أُزيل الخط بين { $a } و{ $b }.
eco-tie-pick = اختر شخصًا آخر من الدائرة.
eco-col-relation = الرابطة مع الأسرة
eco-lines-label = الخطوط في الدائرة
eco-change-joined = انضم { $name }.
eco-change-left = لم يعد { $name } في الدائرة.
eco-change-closer = أصبح { $name } أقرب: { $to }.
eco-change-further = أصبح { $name } أبعد: { $to }.
eco-change-sector = أصبح { $name } في مجموعة أخرى: { $to }.
eco-change-tie = تغيرت الرابطة بين { $a } و{ $b }: أولًا { $before }، الآن { $now }.
eco-change-tie-family = تغيرت الرابطة مع { $a }: أولًا { $before }، الآن { $now }.
eco-change-tie-added = خط جديد. { $sentence }
eco-change-tie-removed = لم يعد هناك خط بين { $a } و{ $b }.
eco-change-tie-removed-family = لم يعد هناك خط بين { $a } والأسرة.
eco-change-flow = الدعم يسير الآن بشكل مختلف. { $sentence }
eco-change-none = لم يتغير شيء في الدائرة.
eco-mark-joined = انضم
eco-mark-left = لم يعد في الدائرة
eco-mark-closer = أصبح أقرب
eco-mark-further = أصبح أبعد
eco-mark-sector = إلى مجموعة أخرى
eco-mark-tie = تغيرت الرابطة
eco-over-time-heading = ما الذي تغير؟
eco-over-time-since = الدائرة في { $date } والآن، في صورة واحدة.
eco-compare-heading = الدائرة مع مرور الوقت
eco-compare-hint = اختر زيارتين. سترى من انضم، ومن لم يعد موجودًا، ومن أصبح أقرب أو أبعد، وأي روابط تغيرت.
eco-compare-one-visit = في الزيارة القادمة سترى هنا ما الذي تغير. عندها تُحفظ دائرة اليوم.
eco-compare-from = قبل
eco-compare-to = بعد
eco-compare-mode = اعرض
eco-compare-side = جنبًا إلى جنب
eco-compare-one = في صورة واحدة
eco-compare-changes = ما الذي تغير
eco-compare-same = اختر زيارتين مختلفتين.
eco-visit-option = الزيارة { $number }: { $date }
circle-meeting-date = تاريخ لقاء الدائرة
circle-meeting-place = أين؟
circle-check-date = أول مرة ننظر معًا كيف تسير الأمور
circle-check-suggest = بعد أربعة أسابيع: { $date }
circle-check-before = هذا التاريخ قبل لقاء الدائرة.
circle-attendance-summary = المدعوون: { $invited }، { $came ->
    [0] لم يحضر أحد بعد.
   *[other] الحاضرون: { $came }.
}
circle-came-names = حضر: { $names }.
circle-not-came = لم يحضر: { $names }.
team-heading = معًا مع المختصين
team-hint = يقول كل مختص ما يراه: هذه نظرة واحدة، بجانب نظرة الأسرة. لكل همّ يُكتب من يساعد فيه بالفعل. منسق واحد يتابع الصورة كاملة. والأسرة تقرر معهم.
team-no-pros = لا يوجد مختصون بعد. أضفهم كمشاركين، أو في الدائرة مع المختصين.
team-coordinator = المنسق
team-coordinator-hint = يتابع الصورة كاملة وهو أول من تتواصل معه الأسرة.
team-coordinator-none = لم يُختر أحد منسقًا بعد.
team-coordinator-named = { $name } هو المنسق: يتابع الصورة كاملة وهو أول من تتواصل معه الأسرة.
team-views = ما يراه المختصون
team-view-of = ماذا يرى { $name }؟
team-involved = من يساعد بالفعل؟
team-involved-none = لا أحد بعد
team-involved-of = { $name } يساعد بالفعل في { $need }
team-no-needs = لم يُتفق بعد على هموم. تأتي من المصفوفة.
travel-heading = { $title } مع مرور الوقت
travel-hint = لكل موضوع: ما اختاره كل شخص في كل زيارة. في الأعلى نقطة قوة. الزيارات:
travel-grown = صار أقوى: { $themes }.
travel-grown-none = لم يصبح أي موضوع أقوى بعد. الخطوات الصغيرة مهمة أيضًا.
travel-none-moved = بقيت الإجابات كما هي في كل زيارة.
travel-more = تغير أيضًا: { $themes }.
travel-not-rated = لم يُختر
travel-section = كيف سارت الأمور حتى الآن
travel-show-all = والمواضيع التي بقيت كما هي أيضًا

# export
export-heading = المشاركة والحفظ
export-intro = هنا تصنعون ملفات لهذه العائلة. تُصنع الملفات على هذا الجهاز. لا يُرسَل أي شيء إلى خادم.
export-family-title = خطة العائلة
export-family-pdf = خطة العائلة (PDF)
export-family-help = الخطة بلغة بسيطة، تبدأ بما يسير جيدًا. بدون الملاحظات الخاصة بالمختص.
export-keep = هذه الخطة لكم. احتفظوا بها جيدًا. أنتم تقررون مع من تشاركونها.
export-full-title = التقرير الكامل
export-full-pdf = التقرير الكامل (PDF)
export-full-help = كل ما تم تسجيله: إجابات كل شخص وملاحظاته، والمصفوفة، والتقييمات، والموافقة. لملف المختص. يحق للعائلة دائمًا أن ترى هذا التقرير أيضًا.
export-json = ملف العائلة (JSON)
export-json-help = العائلة كلها في ملف واحد: لمتابعة العمل على جهاز آخر، أو لإدخالها في نظام المؤسسة. فيه كل شيء، لذلك احفظوه في مكان آمن.
export-print = طباعة الخطة
export-print-help = اطبعوا خطة العائلة بطابعة هذا الجهاز.
export-made-on = أُنشئ في { $date }
export-loading = جارٍ تحميل جزء PDF…
export-making = جارٍ إنشاء ملف PDF…
export-saved = الملف { $name } موجود في التنزيلات.
export-failed = لم ينجح إنشاء ملف PDF. لم يتغيّر شيء.
export-font-failed = تعذّر تحميل الخط الخاص بملف PDF. لم يتغيّر شيء.
import-label = فتح ملف عائلة
import-hint = اختاروا ملف عائلة (.json) تم إنشاؤه بـ Samenplan. لن يُستبدل أي شيء دون سؤالكم.
import-reading = جارٍ قراءة الملف…
import-error-too-large = هذا الملف كبير جدًا (أكثر من { $max } ميغابايت). لم يتغيّر شيء.
import-error-not-json = لا يستطيع Samenplan قراءة هذا الملف: إما أنه تالف، أو أنه نوع آخر من الملفات. لم يتغيّر شيء.
import-error-encrypted = هذا ملف مشفّر للتسليم. افتحوه في ‘فتح ملف مشفّر’ بعبارة المرور الخاصة بذلك الملف. لم يتغيّر شيء.
import-error-not-case = هذا ليس ملف عائلة من Samenplan. لم يتغيّر شيء.
import-error-too-deep = بنية هذا الملف معقدة جدًا، ولا يمكن فتحه بأمان. لم يتغيّر شيء.
import-error-text-too-long = في هذا الملف نص طويل جدًا (عدد الأحرف أكثر من { $max }). لم يتغيّر شيء.
import-error-too-many = في هذا الملف عدد كبير جدًا من { $what } (الحد الأقصى: { $max }). لم يتغيّر شيء.
import-error-born-in-future = في هذا الملف تاريخ ولادة طفل في المستقبل. الطفل الذي لم يولد بعد له موعد متوقع للولادة. لم يتغيّر شيء.
import-error-too-new = هذا الملف من إصدار أحدث من Samenplan (الإصدار { $found }). حدّثوا التطبيق وحاولوا مرة أخرى. لم يتغيّر شيء.
import-error-version = لا يحتوي هذا الملف على إصدار يعرفه Samenplan. لم يتغيّر شيء.
import-error-invalid = ملف العائلة هذا ليس صحيحًا تمامًا. لم يتغيّر شيء.
import-error-read = تعذّرت قراءة الملف. لم يتغيّر شيء.

# offline and embedding
update-ready = هناك إصدار جديد من Samenplan جاهز. سيُستخدم في المرة القادمة التي تفتحون فيها Samenplan. عملكم يبقى محفوظًا.
config-invalid = لم تُستخدم إعدادات هذه المؤسسة (config.json) لأن فيها شيئًا غير صحيح. يعمل Samenplan الآن بإعداداته الخاصة. سبب الخطأ مكتوب أدناه للمسؤول.
tech-detail = شرح تقني للمسؤول (بالإنجليزية)
share-question-plan = الجميع موافقون على الخطة. هل نرسل الخطة أيضًا إلى صفحة { $org }؟
share-question-export = هل نرسل معلومات هذه العائلة أيضًا إلى صفحة { $org }؟
share-hint = عندها تذهب الخطة وإجابات هذه العائلة إلى صفحة الإنترنت التي يظهر فيها Samenplan الآن ({ $origin }). افعلوا ذلك فقط إذا وافقت العائلة.
share-send = نعم، أريد الإرسال إلى { $org }
share-keep = لا، لا أريد الإرسال
share-sent-plan = تم إرسال الخطة إلى صفحة { $org }.
share-told-plan = صفحة { $org } تعرف الآن أن الخطة جاهزة. لم يُرسَل محتواها.
share-sent-export = تم إرسال معلومات هذه العائلة إلى صفحة { $org }.
share-told-export = صفحة { $org } تعرف الآن أنه تم إنشاء ملف. لم يُرسَل محتواه.
share-close = حسنًا
org-services-heading = دعم قريب منكم
org-services-help = مؤسسات يمكن للعائلة أن تتوجه إليها بنفسها.
org-services-phone = اتصلوا على { $phone }
org-services-web = موقع { $name }

# الإجابة كلٌّ على حدة: تسليم الجهاز اللوحي والهواتف الخاصة بأفراد العائلة
answer-private = لحديثنا فقط، وليس في ملف PDF
whose-label = لمن هذا المثلث؟
whose-family = مثلث العائلة
whose-own = المثلث الخاص بـ { $name }
compare-own-words = { $name } (المثلث الخاص)
voices-line = { $theme }: { $names }
need-raised-heading = من ذكر ذلك
need-raised-by = ذكره: { $names }.
raised-one = { $name }: { $level }
raised-own = { $name }، { $theme }: { $level }
need-agree = موافق
need-agree-label = موافق على { $theme }
need-agree-all = موافق على كل الاقتراحات
need-agreed = متفق عليه
matrix-visit-label = أي زيارة
matrix-visit-option = زيارة { $date }
matrix-earlier = لم يُملأ شيء في هذه الزيارة بعد. هذه هي الاحتياجات من زيارة { $date }.
matrix-looking-back = أنت تنظر إلى زيارة { $date }. تبقى كما كانت.
participant-is-child = الطفل: { $child }
plan-later = محفوظ لحديث لاحق
timeline-own = تمت تعبئة المثلث الخاص بـ { $name } (عدد الإجابات: { $count }).
compare-nothing-yet = لم يُملأ شيء بعد. يمكن المقارنة عندما يختار أحد إجابة.
later-back-heading = تُرك لوقت لاحق في المرة السابقة
later-back-help = في المرة السابقة أرادت العائلة الحديث عن هذه المواضيع لاحقًا. هل نتحدث عنها الآن؟
later-back-badge = لاحقًا في المرة السابقة
error-no-consent-recordOnDevice = لم توافق العائلة بعد على حفظ هذا على هذا الجهاز.
error-no-consent-shareWithOrganisation = لم توافق العائلة بعد على المشاركة مع المؤسسة.
error-no-consent-contactNetwork = لم توافق العائلة بعد على سؤال أشخاص من شبكتها.
export-json-no-consent = لم توافق العائلة بعد على المشاركة مع المؤسسة، لذلك لا يُعرض هذا الملف. سجّل الموافقة في قسم العائلة.
export-host-no-consent = ولا يُرسل شيء إلى صفحة المؤسسة أيضًا.
plan-host-no-consent = لم توافق العائلة بعد على المشاركة مع المؤسسة، لذلك لا تعرف صفحتها شيئًا عن هذه الخطة.
circle-invite-no-consent = يمكنك دعوة أشخاص عندما توافق العائلة على سؤال أشخاص من شبكتها (في قسم العائلة).
consent-controls = بدون موافقة على المشاركة لا يصنع التطبيق ملفًا للمؤسسة. وبدون موافقة على سؤال الشبكة لا يُدعى أحد.
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
compare-youth-only = فقط في المثلث الخاص بالشاب أو الشابة
apart-heading = الإجابة كلٌّ على حدة
apart-help = يمكن لكل شخص أن يجيب وحده أولًا، ثم تقارنون الإجابات معًا. أعطوا الجهاز اللوحي لشخص آخر، أو ادعوا شخصًا ليجيب على هاتفه الشخصي.
apart-hand-over = إعطاء الجهاز اللوحي إلى { $name }
apart-invite = دعوة { $name } للإجابة على الهاتف الشخصي
invite-failed = لم ينجح ذلك. لم يتغيّر شيء.
invite-list-heading = الدعوات
invite-row = { $name }
invite-status-waiting = بانتظار الإجابات، صالحة حتى { $date }
invite-status-answered = تم استلام الإجابات
invite-status-expired = انتهت صلاحيتها
invite-show = إظهار الرمز
invite-remove = إزالة
invite-remove-label = إزالة الدعوة الموجهة إلى { $name }
invite-code-heading = دعوة موجهة إلى { $name }
invite-code-help = امسحوا هذا الرمز بكاميرا الهاتف، أو أرسلوا الملف. يعرض الهاتف هذه الأسئلة فقط، ولا يحفظ أي شيء.
invite-code-label = رمز QR فيه الدعوة الموجهة إلى { $name }
invite-valid-until = صالحة حتى { $date }، ولمرة واحدة فقط.
invite-save-file = المشاركة أو الحفظ كملف
invite-close = إغلاق
file-shared = تمت مشاركة الملف.
file-saved = تم حفظ الملف في التنزيلات.
bring-in-open = استلام الإجابات
bring-in-heading = استلام الإجابات من هاتف
bring-in-help = امسحوا الرموز على الهاتف واحدًا تلو الآخر، بأي ترتيب، أو افتحوا الملف الذي أرسله الهاتف. تذهب الإجابات فقط إلى الشخص الذي تخصه.
bring-in-scan = المسح بالكاميرا
bring-in-scan-stop = إيقاف المسح
bring-in-progress = الرموز المقروءة: { $have } من { $total }
bring-in-file = أو افتحوا ملف الإجابات
bring-in-done = { $count ->
    [zero] لم يتم استلام أي إجابة من { $name }.
    [one] تم استلام إجابة واحدة من { $name }.
    [two] تم استلام إجابتين من { $name }.
    [few] تم استلام { $count } إجابات من { $name }.
    [many] تم استلام { $count } إجابة من { $name }.
   *[other] تم استلام { $count } إجابة من { $name }.
}
handover-heading = { $name }، هذه أسئلتكم
handover-help = على هذه الشاشة إجاباتكم أنتم فقط. خذوا وقتكم. عندما تنتهون، أعيدوا الجهاز اللوحي.
handover-done-theme = تمت الإجابة
handover-open-theme = ليس بعد
hand-back = انتهيت: أعيد الجهاز اللوحي
hand-back-heading = إعادة الجهاز اللوحي
hand-back-passphrase = للمختص: اكتبوا عبارة المرور لاستعادة الجهاز اللوحي
hand-back-confirm = هل أنتم المختص؟ إذن استعيدوا الجهاز اللوحي.
hand-back-yes = استعادة الجهاز اللوحي
hand-back-cancel = ليس بعد
handed-back = عاد الجهاز اللوحي من { $name }. هل تريدون مقارنة الإجابات معًا الآن؟
handed-back-compare = المقارنة معًا الآن
join-open = لديّ دعوة
join-heading = الإجابة عن طريق دعوة
join-help = وجّهوا الكاميرا إلى الرمز على الجهاز اللوحي، أو افتحوا ملف الدعوة. لا يُحفَظ أي شيء على هذا الهاتف.
join-file = أو افتحوا ملف الدعوة
join-cancel = إيقاف
notice-invitation = لا يمكن استخدام هذه الدعوة: { $detail }
guest-you = أنت
guest-help = أجيبوا عن الأسئلة التي تناسبكم. يمكنكم تخطّي أي سؤال. تبقى إجاباتكم على هذا الهاتف حتى ترسلوها.
guest-progress = تمت الإجابة: { $done } من { $total }
guest-send = إرسال إجاباتي
send-heading = إرسال إجاباتكم
send-help = اعرضوا هذه الرموز على الجهاز اللوحي واحدًا تلو الآخر، أو شاركوا الملف. لا يستطيع قراءتها إلا الجهاز اللوحي الذي دعاكم.
send-code-label = الرمز { $n } من { $total }
send-code-prev = الرمز السابق
send-code-next = الرمز التالي
send-file = مشاركة الإجابات أو حفظها كملف
send-forget-help = عندما تصل إجاباتكم إلى الجهاز اللوحي، اضغطوا «تم»: عندها يمسح هذا الهاتف إجاباتكم.
send-done = تم: مسح إجاباتي من هذا الهاتف
cofill-error-not-ours = هذه ليست دعوة أو إجابة من Samenplan.
cofill-error-too-large = هذا أكبر من أن يكون دعوة أو إجابة من Samenplan.
cofill-error-damaged = تغيّر هذا أو تلف في الطريق، لذلك لا يمكن الوثوق به. لم يتغيّر شيء.
cofill-error-expired = انتهت صلاحية هذه الدعوة. اطلبوا دعوة جديدة.
cofill-error-already-used = تم استلام هذه الإجابات من قبل. لم يتغيّر شيء.
cofill-error-other-case = هذه الإجابات تخص عائلة أخرى أو دعوة أخرى. لم يتغيّر شيء.
cofill-error-unknown-instrument = هذه الأسئلة غير موجودة على هذا الهاتف. افتحوا التطبيق من موقع المؤسسة وحاولوا مرة أخرى.
cofill-error-other-set = هذا الرمز من مجموعة رموز أخرى. امسحوا رموز هاتف واحد في كل مرة.

qr-code-failed = تعذّر إنشاء رمز QR.
qr-scanner-label = صورة الكاميرا: ضعوا رمز QR أمامها
qr-scanner-stop = إيقاف الكاميرا
qr-scanner-again = المسح مرة أخرى
qr-scanner-no-camera = لم يتم العثور على كاميرا في هذا الجهاز.
qr-scanner-denied = لا يُسمح باستخدام الكاميرا. اسمحوا بالكاميرا في إعدادات المتصفح وحاولوا مرة أخرى.
qr-scanner-failed = تعذّر تشغيل الكاميرا.

# New parents: the way of working, the money overview, the plan's rhythm and the check.
way-newParents = الوالدان الجدد (وضع خطتكم الخاصة، حتى قبل الولادة)
new-create-parents = البدء كوالدين جدد
new-parents-hint = للوالدين اللذين ينتظران طفلًا أو رُزقا بطفل منذ وقت قصير: الوقت والمال والتربية، والحديث بينكما، والنظر معًا كل ثلاثة أشهر كيف تسير الأمور.
step-money = المال
list-moneyLines = الأسطر في ملخص المال
circle-offer-pregnancy = دعم أثناء الحمل
money-heading = مالنا كل شهر
money-hint = اكتبوا تقريبًا كم لديكم وكم تدفعون كل شهر، بمبالغ كاملة باليورو بلا سنتات. التقدير يكفي؛ ويمكنكم ترك أي سطر فارغًا.
money-private = هذا الملخص لكم. يبقى مشفّرًا على هذا الجهاز ولا يُرسَل إلى أي مكان.
money-group-income = ما يدخل
money-group-fixed = المصاريف الثابتة
money-group-baby = ما يكلّفه الطفل
money-group-total = المجموع: € { $amount }
money-item-work = الراتب من العمل (لكليكما، بعد الضرائب)
money-item-benefits = أجر الإجازة وإعانة الأطفال والإعانات الأخرى
money-item-otherIncome = دخل آخر
money-item-housing = الإيجار أو قرض السكن
money-item-energy = الغاز والكهرباء والماء
money-item-insurance = التأمينات
money-item-subscriptions = الهاتف والإنترنت والاشتراكات
money-item-transport = المواصلات
money-item-repayments = تسديد الديون
money-item-otherFixed = مصاريف ثابتة أخرى
money-item-babyCare = الحفاضات والطعام والعناية
money-item-childcare = الحضانة ورعاية الطفل
money-item-babyThings = أغراض الطفل (موزّعة على الأشهر)
money-left-label = ما يبقى
money-amount = € { $amount }
money-empty = لم يُكتب شيء بعد.
money-room = يبقى كل شهر نحو € { $amount } لمشتريات البيت والادخار والمصاريف غير المتوقعة.
money-tight = يبقى كل شهر € { $amount }. هذا لا يترك مجالًا كبيرًا لمشتريات البيت والمصاريف غير المتوقعة. كثير من الوالدين يلاحظون ذلك بعد وصول الطفل؛ وهناك مساعدة يمكنها أن تفكر معكم.
money-short = كل شهر يخرج نحو € { $amount } أكثر مما يدخل. هذا يحدث لكثير من الوالدين عندما يأتي طفل، ومن الجيد أنكم ترون ذلك الآن. في الأسفل تجدون من يمكنه أن يساعدكم مجانًا.
money-help-heading = مساعدة في أمور المال قريبة منكم
money-help-free = هذه المساعدة مجانية، ويمكنكم أن تذهبوا إليها بأنفسكم.
money-help-none = اسألوا ممرضة صحة الطفل (jeugdverpleegkundige) أين يمكنكم الحصول على مساعدة في أمور المال قريبًا منكم.
money-error-too-large = هذا المبلغ كبير جدًا. اكتبوا مبلغًا لكل شهر، بحد أقصى € { $max }.
plan-rhythm = كم مرة ننظر معًا كيف تسير الأمور؟
plan-rhythm-every = { $months ->
    [zero] كل { $months } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $months } أشهر
    [many] كل { $months } شهرًا
   *[other] كل { $months } شهر
}
check-next-upcoming = المرة القادمة التي ننظر فيها معًا: { $date }.
check-next-soon = { $days ->
    [0] اليوم ننظر معًا كيف تسير الأمور ({ $date }).
    [one] غدًا سننظر معًا كيف تسير الأمور ({ $date }).
    [two] بعد يومين سننظر معًا كيف تسير الأمور ({ $date }).
    [few] بعد { $days } أيام سننظر معًا كيف تسير الأمور ({ $date }).
    [many] بعد { $days } يومًا سننظر معًا كيف تسير الأمور ({ $date }).
   *[other] بعد { $days } يوم سننظر معًا كيف تسير الأمور ({ $date }).
}
check-next-overdue = { $days ->
    [zero] كان موعد النظر معًا { $date }. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
    [one] كان موعد النظر معًا { $date }، أي أمس. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
    [two] كان موعد النظر معًا { $date }، أي قبل يومين. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
    [few] كان موعد النظر معًا { $date }، أي قبل { $days } أيام. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
    [many] كان موعد النظر معًا { $date }، أي قبل { $days } يومًا. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
   *[other] كان موعد النظر معًا { $date }، أي قبل { $days } يوم. اختاروا يومًا جديدًا أو ابدؤوا أدناه.
}
review-support = هل ما زلنا نحتاج إلى القدر نفسه من المساعدة؟
review-support-less = مساعدة أقل تكفي
review-support-same = نبقيها كما هي
review-support-more = نحتاج إلى مساعدة أكثر
