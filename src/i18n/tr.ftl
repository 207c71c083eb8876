# Samenplan: Türkçe metinler.
# Hitap: tek kişiye "sen"; aileye bir grup olarak hitap edilirken çoğul "siz" (Hollandaca "jullie" gibi).

loading = Yükleniyor…
skip-to-content = İçeriğe geç
language-label = Dil · Language
privacy-note = Burada doldurduğun her şey bu cihazda kalır. Hiçbir şey bir sunucuya gönderilmez.

save-saving = Kaydediliyor…
save-saved = Bu cihaza kaydedildi
save-memory-only = Kaydedilmedi: bu pencere hiçbir şey saklayamıyor. Yedek almadan pencereyi kapatma.
save-failed-full = Kaydedilmedi: cihazda yer kalmadı. Daha önce kaydedilenler duruyor.
save-failed = Kaydedilmedi. Daha önce kaydedilenler duruyor.

notice-storage-unavailable = Bu tarayıcı burada bir şey saklamaya izin vermiyor (örneğin gizli pencerede). Çalışabilirsin, ama pencereyi kapatınca her şey silinir.
notice-storage-full = Bu cihazda yer kalmadı. Daha önce kaydedilenler duruyor.
notice-storage-failed = Kaydedilemedi ({ $detail }). Daha önce kaydedilenler duruyor.
notice-records-unreadable = Kayıtlı ailelerden { $detail } tanesi okunamadı. Olduğu gibi bırakıldılar.
notice-instruments-missing = Soru listeleri yüklenemedi ({ $detail }).
notice-instrument-invalid = Bir soru listesi yüklenmedi: { $detail }
notice-language-failed = Bu dil yüklenemedi ({ $detail }).
notice-demo-failed = Örnek aile yüklenemedi ({ $detail }).

cases-heading = Bu cihazdaki aileler
cases-empty = Bu cihazda henüz aile yok.
case-count = { $count ->
    [one] 1 aile
   *[other] { $count } aile
}
case-details = { $children ->
    [one] 1 çocuk
   *[other] { $children } çocuk
} · { $participants } katılımcı · ziyaret { $date }
delete = Sil
delete-case-label = Sil: { $name }
delete-question = { $name } ve ona ait her şey bu cihazdan silinsin mi? Bu geri alınamaz.
delete-yes = Evet, sil
delete-no = Hayır, kalsın
new-heading = Yeni aile
new-alias-label = Bu aile için bir ad
new-alias-hint = Bir takma ad yeterli, örneğin "Güneş Ailesi". Gerçek ad gerekmez.
new-create = Başla
close-case = Kapat

steps-label = Adımlar
step-case = Aile
step-triangle = Üçgen

family-heading = Aile
family-alias-label = Bu aile için bir ad (takma ad olabilir)
way-legend = Çalışma şekli
way-screening = Erken fark etme (kısa, birkaç konu)
way-extended = Kapsamlı (tüm konular)
way-multidisciplinary = Multidisipliner (başka uzmanlarla birlikte)
purpose-legend = Amaç
purpose-notice = Erken fark etmek
purpose-assess = Durumu birlikte görmek
purpose-monitor = Takip etmek
purpose-evaluate = Değerlendirmek

children-heading = Çocuklar
children-empty = Henüz çocuk eklenmedi.
child-add-heading = Çocuk ekle
child-alias-label = Çocuğun adı veya takma adı
child-born-legend = Çocuk doğdu mu?
child-born = Doğdu
child-expected = Henüz doğmadı
child-birth-label = Doğum tarihi
child-due-label = Tahmini doğum tarihi
child-add = Çocuğu ekle
age-years = { $years ->
    [one] 1 yaşında
   *[other] { $years } yaşında
}
age-months = { $months ->
    [one] 1 aylık
   *[other] { $months } aylık
}
age-expected = { $weeks } hafta sonra doğması bekleniyor
age-unknown = yaşı bilinmiyor

participants-heading = Kimler katılıyor?
participants-empty = Henüz kimse eklenmedi. Anne babayı, genci ve kendini ekle.
participant-add-heading = Katılımcı ekle
participant-name-label = Ad
participant-role-label = Rol
participant-child-label = Bu hangi çocuk?
participant-add = Katılımcıyı ekle
role-parent = Anne, baba veya bakım veren kişi
role-youngPerson = Genç
role-professional = Uzman
role-networkMember = Çevreden biri
remove = Çıkar
remove-named = Çıkar: { $name }

visits-heading = Ziyaretler
visits-hint = Bir sonraki ziyarette neyin değiştiğini görürsün.
visit-label = { $number }. ziyaret
visit-add = Bugün yeni ziyaret

consent-heading = İzin
consent-hint = Ailenin kabul ettiği şeyleri işaretle. Tarih kaydedilir.
consent-recordOnDevice = Aile, bunun bu cihazda saklanmasını kabul ediyor.
consent-shareWithOrganisation = Aile, planın kurumla paylaşılmasını kabul ediyor.
consent-contactNetwork = Aile, çevresindeki kişilere sorulmasını kabul ediyor.
consent-given-on = evet, { $date } tarihinde
consent-refused-on = hayır, { $date } tarihinde

error-empty-name = Lütfen bir ad yaz.
error-too-long = Bu çok uzun (en fazla { $max } karakter).
error-in-use = Bu kişinin hâlâ anlaşmaları veya verdiği cevaplar var. Bu yüzden bu şu an olmuyor. Önce onları değiştir.
error-too-many = Daha fazla eklenemez.
error-birth-and-due = Doğum tarihini veya tahmini doğum tarihini seç, ikisini birden değil.
error-date = Lütfen tarihi gün-ay-yıl olarak yaz.
error-internal = Bu olmadı. Lütfen tekrar dene.

triangle-screening = Erken fark etme: { $total } konudan { $count } konu.
triangle-all = Tüm konular: { $count }.
triangle-no-respondents = Önce Aile adımında kimlerin katıldığını ekle: anne baba, genç, uzman.
family-language-label = Ailenin dili
family-language-same = Uygulamanın diliyle aynı
view-label = Görünüm
view-answer = Doldur
view-compare = Karşılaştır
legend-label = Renklerin anlamı
themes-label = Konular
answered-count = { $done } / { $total }
theme-always-shown = Bu konu her zaman listede.
read-aloud = Sesli oku
read-aloud-no-voice = Bu cihazda bu dil için ses yok. Hiçbir yere bir şey gönderilmedi.
theme-prev = Önceki konu
theme-next = Sonraki konu
skip-all-label = Konuyu herkes için atla
skip-all-not-discussed = Şimdi konuşmayalım
skip-all-later = Sonra konuşalım
skip-not-discussed = Konuşulmadı
skip-later = Sonra
answer-open = Henüz açık
note-going-well = Neler iyi gidiyor?
note-worries = Seni ne endişelendiriyor?
note-fits-age = Bu yaşta normal
note-outside-control = Bu bizim elimizde değil
previous-answer = Geçen sefer ({ $date }): { $answer }

compare-heading = Herkesin bakışı yan yana
compare-hint = Farklı görmek hata değildir. Sohbete güzel bir başlangıçtır.
compare-count = { $count ->
    [0] Her konuya aynı şekilde bakıyorsunuz.
    [one] 1 konuya farklı bakıyorsunuz.
   *[other] { $count } konuya farklı bakıyorsunuz.
}
compare-only-differences = Sadece farkları göster
compare-theme = Konu
compare-together = Birlikte
agree-same = Aynı bakış
agree-differ = Farklı bakış: konuşmaya değer
agree-differ-much = Çok farklı bakış: konuşmaya değer
agree-single = Tek cevap
agree-none = Henüz doldurulmadı
history-heading = { $date } tarihindeki ziyaretle karşılaştırma
change-better = daha iyi gidiyor
change-same = aynı
change-heavier = daha çok endişe
change-none = karşılaştırılamıyor

step-matrix = Matris
step-plan = Plan
step-circle = Çevre
step-export = Paylaş

matrix-heading = Ailenin neye ihtiyacı var?
matrix-help = Burada üçgende ortaya çıkanlar var. Birlikte konuşalım: Ne kadar ağır? Ne kadar acil? Hangi destek uygun? Öneri sadece bir başlangıç: birlikte değiştirebiliriz.
matrix-no-assessment = Önce üçgeni doldur. Sonra burada neler olduğunu görürsün.
matrix-none = Hiç endişe çıkmadı. Ek destek gerekmiyor: bu güzel bir sonuç.
matrix-overview = Genel bakış
matrix-need = Neler oluyor
need-proposal = Cevaplardan gelen bir öneri. Uymuyor mu? Birlikte değiştirelim.
need-also = İlgili diğer konular: { $themes }
need-touch-label = Bu, başka bir konuyla da ilgili mi?
need-strengths = Güç veren şeyler
need-strengths-none = Üçgenin bu tarafında henüz güçlü bir yan söylenmedi.
nature-single = tek konu
nature-several = birkaç konu
severity-legend = Ne kadar ağır
severity-light = Hafif
severity-moderate = Orta
severity-serious = Ağır
urgency-legend = Ne kadar acil
urgency-canWait = Bekleyebilir
urgency-soon = Yakında
urgency-now = Şimdi
support-legend = Hangi destek uygun
support-open = Henüz seçilmedi
support-noneNeeded = Ek destek gerekmiyor
support-ownStrength = Ailenin kendi gücü
support-informal = Kendi çevresinden destek
support-lightProfessional = Bir uzmandan hafif destek
support-specialised = Özel uzman desteği
severity-said-light = hafif bir endişe
severity-said-moderate = orta bir endişe
severity-said-serious = büyük bir endişe
urgency-said-canWait = bekleyebilir
urgency-said-soon = yakında bir şey yapılmalı
urgency-said-now = hemen bir şey yapılmalı
support-said-noneNeeded = Ek destek gerekmiyor.
support-said-ownStrength = Aile bunu kendisi üstleniyor.
support-said-informal = Çevresindeki kişiler destek oluyor.
support-said-lightProfessional = Bir uzman biraz destek veriyor ve birlikte düşünüyor.
support-said-specialised = Özel uzman desteği gerekiyor.
need-summary = { $themes }: { $severity }, { $urgency }. { $support }
safety-heading = Uzman için: güvenlikle ilgili endişeler
safety-next-steps = Endişeni bir meslektaşınla veya kurumundaki sorumlu kişiyle konuş ve bildirim protokolünü (meldcode) izle. Emin değilsen, tavsiye için Veilig Thuis hattını ara: 0800 2000 (Hollanda'da aile içi şiddet ve çocuk istismarı için ulusal danışma hattı). Otomatik bir puan yok: bir sonraki adıma sen ve aile birlikte karar verirsiniz.

plan-heading = Aile planı: { $family }
plan-help = Bu plan sizin. İyi giden şeylerle başla. Hedefleri kendi sözlerinle yaz. Kimin neyi ne zaman yapacağını kararlaştır: önce ailenin kendi yaptıkları, sonra çevrenin, sonra uzmanların.
plan-strengths = İyi gidenler
plan-strengths-label = Sizi güçlü kılan ne? (kendi sözlerinizle)
plan-needs = Endişeler ve istekler
plan-no-needs = Her şey yeterince iyi gidiyor. Ek destek gerekmiyor. Mükemmel olması gerekmez; iyi olması yeterli.
plan-goals = Hedefler
plan-goals-empty = Henüz hedef yok.
plan-goals-none-needed = Hedef gerekmiyor, ama istersen ekleyebilirsin.
goal-text-label = Hedef, ailenin kendi sözleriyle
goal-need-label = Bu hedef hangi endişeyle ilgili?
goal-text-missing = Önce hedefi yaz.
goal-add = Hedef ekle
goal-for-need = ilgili endişe: { $need }
goal-reached-on = { $date } tarihinde ulaşıldı
goal-remove-label = Hedefi çıkar: { $goal }
plan-agreements = Anlaşmalar: kim, neyi, ne zaman yapacak
plan-agreements-hint = Önce sizin kendi yaptıklarınız, sonra çevrenizdeki insanların yaptıkları, sonra uzmanların yaptıkları.
carrier-family = Ailenin yaptıkları
carrier-network = Çevrenin yaptıkları
carrier-professional = Uzmanların yaptıkları
carrier-none = Henüz bir şey kararlaştırılmadı.
agreement-who-label = Kim
agreement-what-label = Ne
agreement-when-label = Ne zaman veya ne sıklıkla
agreement-goal-label = Hangi hedef için
agreement-add = Anlaşma ekle
agreement-who-missing = Kimin yapacağını seç.
agreement-what-missing = Ne yapılacağını yaz.
agreement-for-goal = hedef: { $goal }
agreement-ended = durduruldu
agreement-remove-label = Anlaşmayı çıkar: { $what }
plan-backup = B planı
plan-backup-label = Bu olmazsa, o zaman…
plan-review-date = Nasıl gittiğine birlikte ne zaman bakalım?
plan-confirm = Onay
plan-confirm-hint = Katılan herkes planın doğru olup olmadığını söyler.
confirm-label = { $name } onaylıyor
confirmed-on = { $date } tarihinde onaylandı
unconfirm = Geri al
unconfirm-label = Onayı geri al: { $name }

review-heading = Nasıl gidiyor? (değerlendirme)
review-hint = Her anlaşmaya tek tek bak: Oldu mu, biraz mı oldu, olmadı mı? Neden? Şimdi ne değişiyor? Bir hedefe ulaşıldı mı? O zaman destek azalabilir.
review-needs-agreements = Önce anlaşmalar yap. Sonra burada onları birlikte gözden geçirebilirsin.
review-date-label = Değerlendirme tarihi
review-start = Değerlendirmeye başla
review-of = Değerlendirme: { $date }
outcome-done = Oldu
outcome-partly = Biraz oldu
outcome-notDone = Olmadı
review-why = Neden?
review-next = Şimdi ne değişiyor?
review-end-agreement = Bu anlaşmaya artık gerek yok
review-goals = Hedefler
review-goal-reached = Ulaşıldı: { $goal }
review-scale-down = Hedefe ulaşıldı mı? O zaman destek azalabilir. Artık gerekmeyen anlaşmaları durdur.
review-note = Başka neyi kararlaştırıyoruz?

timeline-heading = Zaman çizelgesi
timeline-empty = Henüz bir şey olmadı.
timeline-assessment = Üçgen dolduruldu ({ $count } cevap).
timeline-changes = Geçen seferden beri: { $better } konu daha iyi, { $heavier } konuda endişe daha çok.
timeline-review = Değerlendirme: { $done } oldu, { $partly } biraz oldu, { $notdone } olmadı, { $open } henüz konuşulmadı.

# lock and device
lock-now = Kilitle
setup-heading = Bu cihazı koru
setup-help = Bir parola seç. Ailelerle ilgili kaydettiğin her şey, bu cihazda bu parolayla şifrelenir. Parola olmadan kimse okuyamaz, biz de okuyamayız. Hatırlayacağın bir şey seç: parolayı unutursan, yapabileceğin tek şey her şeyi silmek olur.
passphrase-new-label = Bir parola seç
passphrase-again-label = Parolayı bir kez daha yaz
passphrase-too-short = En az { $min } karakter kullan. Arka arkaya birkaç kelime hem güçlüdür hem de kolay hatırlanır.
passphrase-mismatch = İki parola aynı değil.
setup-submit = Koru ve başla
unlock-busy = Bir dakika, anahtar hazırlanıyor…
unlock-heading = Samenplan kilitli
unlock-help = Devam etmek için parolanı yaz.
passphrase-label = Parola
unlock-submit = Aç
unlock-wrong = Bu parola doğru değil.
unlock-wait = Bu parola doğru değil. { $seconds } saniye sonra tekrar dene.
unlock-failed = Açılamadı. Lütfen tekrar dene.
forgot-summary = Parolayı mı unuttun?
forgot-help = Parola olmadan hiçbir şey geri getirilemez. Ama bu cihazdaki her şeyi silip yeniden başlayabilirsin.
wipe-all = Bu cihazdaki her şeyi sil
wipe-question = Tüm aileler ve ayarlar bu cihazdan silinsin mi? Bu geri alınamaz.
wipe-yes = Evet, her şeyi sil
notice-wiped = Bu cihazdaki her şey silindi.
notice-wipe-failed = Silme tam olarak olmadı. Lütfen tekrar dene.
device-heading = Bu cihaz
device-encrypted = Tüm aileler senin parolanla şifrelenmiş olarak saklanıyor.
persist-yes = Tarayıcı bu uygulamanın verilerini saklar, bir süre kullanmasan da.
persist-no = Uygulamayı bir süre kullanmazsan tarayıcı bu verileri silebilir. Uygulamayı yükle veya bir yedek al.
lock-minutes-label = Otomatik kilit
minutes = { $count ->
    [one] 1 dakika kullanılmayınca
   *[other] { $count } dakika kullanılmayınca
}
passphrase-change-heading = Parolayı değiştir
passphrase-change = Parolayı değiştir
passphrase-changed = Parola değiştirildi. Her şey yeniden şifrelendi.
passphrase-change-failed = Değiştirilemedi. Eski parola hâlâ geçerli.

# encrypted files
backup-heading = Başkasına vermek için şifreli dosya
backup-help = Bu ailenin şifreli bir dosyasını oluştur, örneğin bir meslektaş veya ailenin kendisi için. Bu dosya için ayrı bir parola seç. Parolayı ayrıca ilet (aynı e-postada veya aynı mesajda değil).
backup-passphrase-label = Bu dosyanın parolası
backup-download = Şifreli dosyayı indir
backup-done = Dosya oluşturuldu.
backup-failed = Dosya oluşturulamadı.
open-backup-heading = Şifreli dosya aç
open-backup-help = Birinin sana şifreli dosya olarak verdiği bir aileyi aç. Bu dosyanın parolası gerekir.
backup-file-label = Dosya
backup-passphrase-open-label = Dosyanın parolası
backup-open = Aç
backup-choose-file = Önce bir dosya seç.
backup-not-encrypted = Bu, şifreli bir Samenplan dosyası değil.
backup-not-valid = Bu dosya okunamıyor. Hiçbir şey değişmedi.
backup-wrong = Parola doğru değil veya dosya değiştirilmiş. Hiçbir şey değişmedi.
backup-not-a-case = Bu dosyada geçerli bir aile yok. Hiçbir şey değişmedi.
backup-opened = Dosya açıldı.
import-exists = { $name } zaten bu cihazda. Ne yapmak istersin?
import-replace = Eskisinin yerine koy
import-as-copy = Kopya olarak sakla
import-cancel = Açma
import-copy-name = { $name } (kopya)

# circle
circle-heading = Destek çevresi: { $name }
circle-help = Çevrenizde kimler var? Aile ortada duruyor. Biri size ne kadar yakınsa, ortaya da o kadar yakın durur. Akrabalarla başla, sonra adım adım daha uzağa bak.
circle-figure = Destek çemberi
circle-centre = Aile
circle-keys = Birini başka bir yere sürükle. Ya da birini seç ve ok tuşlarını kullan: yukarı daha yakın, aşağı daha uzak, sol ve sağ başka bir grup demek. Aşağıdaki listede de her şeyi yapabilirsin.
circle-legend-formal = Çizgili: uzmanlar, yani resmî çevre. Diğer gruplar ailenin kendi çevresi.
circle-legend-invited = Onay işareti: çember toplantısına davet edildi.
circle-legend-mediator = Altın halka: ailenin seçtiği arabulucu.
circle-ring-veryClose = çok yakın
circle-ring-close = yakın
circle-ring-further = daha uzak
circle-sector-family = Akrabalar
circle-sector-friendsNeighbours = Arkadaşlar ve komşular
circle-sector-schoolWorkClubs = Okul, iş, spor, kulüpler, inanç
circle-sector-professionals = Uzmanlar (resmî çevre)
circle-invited = davetli
circle-role-none = Rol yok
circle-role-mediator = Arabulucu (ailenin seçtiği)
circle-role-coordinator = Koordinatör veya koç
circle-role-informs = Bilgi verir (karar vermez)
circle-role-set = Rol değiştirildi: { $name }.
circle-moved = { $name } artık burada: { $ring }, { $sector }.
circle-added = { $name } artık çemberde: { $ring }, { $sector }.
circle-removed = Çemberden çıkarıldı: { $name }.
circle-error-name = Lütfen bir ad yaz.
circle-error-long = Bu metin çok uzun.
circle-error-full = Çembere daha fazla kişi sığmıyor.
circle-error-mediator = Arabulucu, ailenin kendi çevresinden biridir, uzmanlardan biri değil. Önce başka bir rol seç.
circle-error-informs = 'Bilgi verir' rolü sadece uzmanlar içindir. Önce başka bir rol seç.
circle-error-carries = Planda hâlâ bu kişinin anlaşmaları var: { $name }. Önce onları değiştir.
circle-error-other = Bu olmadı. Lütfen tekrar dene.
circle-list = Çemberdeki herkes
circle-empty = Çemberde henüz kimse yok. Akrabalarla başla.
circle-col-name = Ad
circle-col-place = Yer
circle-col-invited = Çember toplantısı
circle-col-actions = İşlemler
circle-ring-of = { $name } ne kadar yakın?
circle-sector-of = { $name } hangi grupta?
circle-invited-label = { $name } davetli
circle-edit = Düzenle
circle-edit-label = Düzenle: { $name }
circle-remove = Çıkar
circle-remove-label = Çemberden çıkar: { $name }
circle-edit-heading = { $name } hakkında
circle-name = Ad
circle-relation = Bu kişi sizin neyiniz?
circle-offer = Bu kişi nasıl destek olabilir?
circle-tags = Destek türü
circle-offer-practical = Pratik destek
circle-offer-childcare = Çocuklara bakmak
circle-offer-listening = Dinleyen biri
circle-offer-transport = Ulaşım
circle-offer-money = Para ve evrak işleri
circle-offer-knowledge = Bilgi
circle-often = Ne sıklıkla?
circle-often-low = Arada bir
circle-often-medium = Düzenli olarak
circle-often-high = Sık sık
circle-reliable = Ne kadar güvenebilirsiniz?
circle-reliable-low = Her zaman değil
circle-reliable-medium = Çoğu zaman
circle-reliable-high = Her zaman
circle-lasting = Ne kadar süre?
circle-lasting-low = Kısa bir süre
circle-lasting-medium = Bir süre
circle-lasting-high = Uzun süre
circle-contact = Bu kişiye nasıl ulaşılmasını istiyor?
circle-contact-hint = Bu bilgi sadece bu cihazda kalır. Bir şey paylaştığında bu bilgi paylaşılmaz.
circle-invited-one = Çember toplantısına davetli
circle-role = Çember toplantısındaki rolü
circle-informs-hint = Uzman, neyi yapabileceğini ve neyi yapamayacağını anlatır. Kararı aile verir.
circle-can-do = Yapabileceklerim
circle-cannot-do = Yapamayacaklarım
circle-suggested-by = Öneren kişi
circle-carries = Plandaki anlaşmalar
circle-close-editor = Tamam
circle-who-else = Başka kim var?
circle-step = Soru { $n } / { $total }
circle-prompt-family = Akrabalarınızdan kim sizin için önemli?
circle-prompt-friends = Çevrenizde hangi arkadaşlar var?
circle-prompt-neighbours = Mahallede kimi iyi tanıyorsunuz? Kimin kapısını çalabilirsiniz?
circle-prompt-school = Okuldan veya kreşten kimi tanıyorsun?
circle-prompt-sport = Spordan kimi tanıyorsun?
circle-prompt-clubs = Bir kulüpten, dernekten veya hobinden kimi tanıyorsun?
circle-prompt-work = İşinden kimi tanıyorsun?
circle-prompt-faith = İbadet yerinden veya inanç çevrenden kimi tanıyorsun?
circle-prompt-professionals = Hangi uzmanlarla zaten görüşüyorsunuz?
circle-prompt-suggest = Başka kim birlikte düşünebilir? Çemberdeki kişilere de sor.
circle-in-sector = Bu grupta olanlar: { $names }
circle-add-name = Ad veya takma ad
circle-sector = Grup
circle-add-hint = Yeni kişiler ortadaki halkaya gelir. Sonra onları daha yakına veya daha uzağa taşı.
circle-add = Çembere ekle
circle-back = Önceki soru
circle-next = Sonraki soru
circle-meeting = Çember toplantısı
circle-meeting-hint = Çember toplantısında aile, çevresindeki kişilerden birlikte düşünmelerini ister. Önce aile, uzmanlar olmadan konuşur. Sonra aile planı yazar: kim, neyi, ne zaman yapacak. Yaklaşık dört hafta sonra herkes birlikte nasıl gittiğine bakar.
circle-question = Aile, çevresine hangi soruyu soruyor?
circle-children = Çocuklar da katılıyor mu? Buna aile karar verir.
circle-children-yes = Evet
circle-children-no = Hayır
circle-children-some = Bazıları
circle-children-note = Not, örneğin hangi çocuklar
circle-attendance = Kimler davetli, kimler geldi?
circle-none-invited = Henüz kimse davet edilmedi. Listede işaretle.
circle-came-label = { $name } geldi

# export
export-heading = Paylaş ve sakla
export-intro = Burada bu ailenin dosyalarını oluşturursun. Dosyalar bu cihazda oluşturulur. Hiçbir şey bir sunucuya gönderilmez.
export-family-title = Ailenin planı
export-family-pdf = Ailenin planı (PDF)
export-family-help = Sade bir dille plan. Önce iyi giden şeyler gelir. Uzman için olan notlar içinde yoktur.
export-keep = Bu plan sizin. İyi saklayın. Kiminle paylaşacağınıza siz karar verirsiniz.
export-full-title = Tam kayıt
export-full-pdf = Tam kayıt (PDF)
export-full-help = Kaydedilen her şey: herkesin cevapları ve notları, matris, değerlendirmeler ve izinler. Uzmanın dosyası için. Aile bu kaydı da her zaman görebilir.
export-json = Aile dosyası (JSON)
export-json-help = Tüm aile tek bir dosyada: başka bir cihazda devam etmek veya kurumun sistemine aktarmak için. İçinde her şey var, bu yüzden güvenli bir yerde sakla.
export-print = Planı yazdır
export-print-help = Ailenin planını bu cihazın yazıcısıyla yazdır.
export-made-on = { $date } tarihinde oluşturuldu
export-loading = PDF bölümü yükleniyor…
export-making = PDF hazırlanıyor…
export-saved = { $name } indirilenler klasöründe.
export-failed = PDF oluşturulamadı ({ $detail }). Hiçbir şey değişmedi.
export-font-failed = PDF için yazı tipi yüklenemedi. Hiçbir şey değişmedi.
import-label = Aile dosyası aç
import-hint = Samenplan ile oluşturulmuş bir aile dosyası (.json) seç. Sana sormadan hiçbir şeyin üzerine yazılmaz.
import-reading = Dosya okunuyor…
import-error-too-large = Bu dosya çok büyük (sınır: { $max } MB). Hiçbir şey değişmedi.
import-error-not-json = Samenplan bu dosyayı okuyamıyor: dosya bozuk veya başka türde bir dosya. Hiçbir şey değişmedi.
import-error-not-case = Bu bir Samenplan aile dosyası değil. Hiçbir şey değişmedi.
import-error-too-deep = Bu dosya, güvenle açılamayacak kadar karmaşık. Hiçbir şey değişmedi.
import-error-text-too-long = Bu dosyada çok uzun bir metin var (sınır: { $max } karakter). Hiçbir şey değişmedi.
import-error-too-new = Bu dosya, Samenplan'ın daha yeni bir sürümünden geliyor (sürüm { $found }). Uygulamayı güncelle ve tekrar dene. Hiçbir şey değişmedi.
import-error-version = Bu dosyada Samenplan'ın tanıdığı bir sürüm yok. Hiçbir şey değişmedi.
import-error-invalid = Bu aile dosyası tam olarak doğru değil ({ $detail }). Hiçbir şey değişmedi.
import-error-read = Dosya okunamadı ({ $detail }). Hiçbir şey değişmedi.

# offline and embedding
update-ready = Samenplan'ın yeni bir sürümü hazır. Samenplan'ı bir dahaki açışında bu sürüm kullanılacak. Yaptıkların kayıtlı kalır.
config-invalid = Bu kurumun ayarları (config.json) kullanılmadı: { $detail }. Samenplan şimdi kendi ayarlarıyla çalışıyor.
share-question-plan = Herkes planı onayladı. Plan, { $org } sayfasına da gönderilsin mi?
share-question-export = Bu ailenin bilgileri { $org } sayfasına da gönderilsin mi?
share-hint = O zaman bu ailenin planı ve cevapları, Samenplan'ın şu an içinde açık olduğu web sayfasına gider ({ $origin }). Bunu sadece aile kabul ederse yap.
share-send = Evet, { $org } sayfasına gönder
share-keep = Hayır, gönderme
share-sent-plan = Plan, { $org } sayfasına gönderildi.
share-told-plan = { $org } sayfası artık planın hazır olduğunu biliyor. Planın içeriği gönderilmedi.
share-sent-export = Bu ailenin bilgileri { $org } sayfasına gönderildi.
share-told-export = { $org } sayfası artık bir dosya oluşturulduğunu biliyor. Dosyanın içeriği gönderilmedi.
share-close = Tamam
org-services-heading = Yakındaki destek
org-services-help = Ailenin kendisinin başvurabileceği kurumlar.
org-services-phone = Ara: { $phone }
org-services-web = Web sitesi: { $name }

qr-code-failed = QR kodu oluşturulamadı.
qr-scanner-label = Kamera görüntüsü: QR kodunu kameraya tutun
qr-scanner-stop = Kamerayı durdur
qr-scanner-again = Yeniden tara
qr-scanner-no-camera = Bu cihazda kamera bulunamadı.
qr-scanner-denied = Kamera kullanılamıyor. Tarayıcı ayarlarından kameraya izin verin ve yeniden deneyin.
qr-scanner-failed = Kamera başlatılamadı ({ $detail }).
