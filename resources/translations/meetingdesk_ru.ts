<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="250" />
        <source>Badges to print</source>
        <translation>Бейджи для печати</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="252" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Все, чей бейдж ещё не напечатан</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="255" />
        <source>Everyone in the category</source>
        <translation>Вся категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="259" />
        <source>These badge codes</source>
        <translation>Эти коды бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="261" />
        <source>codes as printed on the badges, e.g. EDKR 2K9Y</source>
        <translation>коды, как на бейджах, напр. EDKR 2K9Y</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>or a name: Enter finds the person</source>
        <translation>или имя: Enter найдёт человека</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="269" />
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="281" />
        <source>&amp;Design…</source>
        <translation>&amp;Дизайн…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="282" />
        <source>Open this layout in the badge designer</source>
        <translation>Открыть этот макет в конструкторе бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="304" />
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="308" />
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="311" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="314" />
        <source>Open its &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="326" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Перепечатать утерянный или повреждённый бейдж (старый перестанет действовать)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="328" />
        <source>badge code</source>
        <translation>код бейджа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="332" />
        <source>&amp;Reprint…</source>
        <translation>Пере&amp;печатать…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="341" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Печатать бейдж при регистрации, если он ещё не напечатан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="432" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n бейдж для печати</numerusform>
            <numerusform>%n бейджа для печати</numerusform>
            <numerusform>%n бейджей для печати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="434" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n отменённая регистрация не учтена)</numerusform>
            <numerusform>(%n отменённые регистрации не учтены)</numerusform>
            <numerusform>(%n отменённых регистраций не учтено)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="450" />
        <source>Nothing was printed: the badge passphrase is needed.</source>
        <translation>Ничего не напечатано: нужна парольная фраза бейджей.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="460" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>Ничего не напечатано: принтер не выбран.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="527" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="543" />
        <source>the badge passphrase has not been typed on this desk</source>
        <translation>на этой стойке не введена парольная фраза бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="549" />
        <source>this computer has no printer set up</source>
        <translation>на этом компьютере не настроен принтер</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="589" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>Регистрация %1 отменена: бейдж не перепечатывается.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="597" />
        <source>Not reprinted: the badge passphrase is needed. The badge of %1 still works.</source>
        <translation>Не перепечатано: нужна парольная фраза. Бейдж %1 по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="606" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>Не перепечатано: бейдж %1 по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>Не перепечатано: принтер не выбран. Бейдж %1 по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="645" />
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="673" />
        <source>Nothing was printed: no badge matches the choice any more.</source>
        <translation>Ничего не напечатано: ни один бейдж больше не соответствует выбору.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="688" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>Напечатан %n бейдж</numerusform>
            <numerusform>Напечатано %n бейджа</numerusform>
            <numerusform>Напечатано %n бейджей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="689" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>на %n странице.</numerusform>
            <numerusform>на %n страницах.</numerusform>
            <numerusform>на %n страницах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="692" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n из них тем временем был перепечатан и больше не действует.</numerusform>
            <numerusform>%n из них тем временем были перепечатаны и больше не действуют.</numerusform>
            <numerusform>%n из них тем временем были перепечатаны и больше не действуют.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="697" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Печать отменена: ни один бейдж не считается напечатанным.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="700" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>Принтер %1 не принял задание: ни один бейдж не считается напечатанным.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="701" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="774" />
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="704" />
        <source>Warnings: %1</source>
        <translation>Предупреждения: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="709" />
        <source>printing was cancelled</source>
        <translation>печать отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="711" />
        <source>the printer %1 did not take the job</source>
        <translation>принтер %1 не принял задание</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="720" />
        <source>Mark as printed?</source>
        <translation>Отметить как напечатанные?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="722" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n бейдж сохранён в PDF. Вы напечатаете этот файл сейчас? Только тогда он должен считаться напечатанным.</numerusform>
            <numerusform>%n бейджа сохранены в PDF. Вы напечатаете этот файл сейчас? Только тогда они должны считаться напечатанными.</numerusform>
            <numerusform>%n бейджей сохранено в PDF. Вы напечатаете этот файл сейчас? Только тогда они должны считаться напечатанными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="730" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n бейдж сохранён в %1.</numerusform>
            <numerusform>%n бейджа сохранены в %1.</numerusform>
            <numerusform>%n бейджей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="739" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n теперь считается напечатанным.</numerusform>
            <numerusform>%n теперь считаются напечатанными.</numerusform>
            <numerusform>%n теперь считаются напечатанными.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="741" />
        <source>They do not count as printed.</source>
        <translation>Они не считаются напечатанными.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="752" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Бейдж %1 перепечатан (%2): старый бейдж больше не действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="761" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>Бейдж %1 только что перепечатан на %2 (%3): здесь ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="764" />
        <source>another desk</source>
        <translation>другой стойке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="769" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Печать отменена: бейдж %1 не перепечатан и по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="773" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>Принтер %1 не принял новый бейдж: бейдж %2 по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="785" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Отменено: ничего не напечатано.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="268" />
        <source>Check an identity document at check-in</source>
        <translation>Проверять удостоверение личности при регистрации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="272" />
        <source>as the label</source>
        <translation>как название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <source>Label *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="276" />
        <source>Badge colour</source>
        <translation>Цвет бейджа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>Label on badges</source>
        <translation>Название на бейджах</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="143" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Введите любую часть имени или отсканируйте бейдж</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="172" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="196" />
        <source>New &amp;walk-in…</source>
        <translation>Новый участник на &amp;месте…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="191" />
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Отменить последнюю регистрацию</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="230" />
        <source>That is longer than any name: type fewer words.</source>
        <translation>Это длиннее любого имени: введите меньше слов.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="233" />
        <source>No one found: Ctrl+N registers a walk-in.</source>
        <translation>Никто не найден: Ctrl+N регистрирует участника на месте.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="235" />
        <source>No one found.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="240" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Есть ещё совпадения: продолжайте вводить, чтобы сузить поиск.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="426" />
        <source>Undo check-in</source>
        <translation>Отмена регистрации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="427" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>Отменить последнюю регистрацию на этой стойке?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="136" />
        <source>Arrivals today</source>
        <translation>Прибытия сегодня</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="144" />
        <source>Checked in: %1 of %2</source>
        <translation>Зарегистрировано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Walk-in registration</source>
        <translation>Регистрация на месте</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Edit delegate</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="70" />
        <source>given and family name</source>
        <translation>имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>type to choose the delegation</source>
        <translation>введите, чтобы выбрать делегацию</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>type to choose the category</source>
        <translation>введите, чтобы выбрать категорию</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="90" />
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="103" />
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="104" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="105" />
        <source>Family name *</source>
        <translation>Фамилия *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="106" />
        <source>Name on the badge</source>
        <translation>Имя на бейдже</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="107" />
        <source>Name in native script</source>
        <translation>Имя в родной письменности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="108" />
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="109" />
        <source>Delegation *</source>
        <translation>Делегация *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="110" />
        <source>Category *</source>
        <translation>Категория *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="112" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="113" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="123" />
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="237" />
        <source>Register and check in</source>
        <translation>Зарегистрировать и отметить прибытие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="126" />
        <source>Check in the registered person</source>
        <translation>Отметить прибытие зарегистрированного</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="242" />
        <source>Already registered with this name: %1. If it is the same person, check that registration in.</source>
        <translation>С этим именем уже зарегистрирован(а): %1. Если это тот же человек, отметьте прибытие по этой регистрации.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="254" />
        <source>Check in %1 (%2)</source>
        <translation>Отметить прибытие: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="262" />
        <source>Register a new person</source>
        <translation>Зарегистрировать нового человека</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="295" />
        <source>Choose the delegation.</source>
        <translation>Выберите делегацию.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="296" />
        <source>Choose the category.</source>
        <translation>Выберите категорию.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="51" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="52" />
        <source>Native script</source>
        <translation>Родная письменность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="53" />
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="54" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="55" />
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="56" />
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="57" />
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="58" />
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="59" />
        <source>Badge code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="202" />
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="204" />
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="206" />
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="90" />
        <source>Registered and cancelled</source>
        <translation>Зарегистрированные и отменённые</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="91" />
        <source>Registered</source>
        <translation>Зарегистрированные</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="92" />
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="95" />
        <source>Not yet arrived</source>
        <translation>Ещё не прибыли</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="100" />
        <source>Find: any part of a name, in any script, or a code</source>
        <translation>Поиск: любая часть имени, в любой письменности, или код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="105" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="176" />
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="181" />
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="220" />
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="331" />
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="363" />
        <source>Reprint the badge?</source>
        <translation>Перепечатать бейдж?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="365" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>Бейдж %1 напечатан со старым именем. Перепечатать его сейчас (причина: исправлено имя)? Старый бейдж перестанет действовать.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>New delegation</source>
        <translation>Новая делегация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="308" />
        <source>as the name</source>
        <translation>как название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="311" />
        <source>Name *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="312" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="313" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>English protocol name</source>
        <translation>Протокольное название на английском</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="315" />
        <source>French protocol name</source>
        <translation>Протокольное название на французском</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="124" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="125" />
        <source>Name in native script</source>
        <translation>Имя в исходной письменности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="126" />
        <source>Text from a field</source>
        <translation>Текст из поля</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="127" />
        <source>Fixed text</source>
        <translation>Постоянный текст</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="128" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="155" />
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="129" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="156" />
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="130" />
        <source>Category colour band</source>
        <translation>Цветная полоса категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="131" />
        <source>Image…</source>
        <translation>Изображение…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="132" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="158" />
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="138" />
        <source>Sample: longest name</source>
        <translation>Образец: самое длинное имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="139" />
        <source>Sample: Arabic name</source>
        <translation>Образец: арабское имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="140" />
        <source>Sample: Cyrillic name</source>
        <translation>Образец: имя кириллицей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="143" />
        <source>Sample: no photo</source>
        <translation>Образец: без фото</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="157" />
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="177" />
        <source>Move or resize</source>
        <translation>Переместить или изменить размер</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="202" />
        <source>Change a property</source>
        <translation>Изменить свойство</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="231" />
        <source>Add an element</source>
        <translation>Добавить элемент</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="245" />
        <source>Delete an element</source>
        <translation>Удалить элемент</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="596" />
        <source>Drag onto the badge, or double-click or press Enter to add.</source>
        <translation>Перетащите на бейдж или добавьте двойным щелчком или Enter.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="608" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="614" />
        <source>On the badge</source>
        <translation>На бейдже</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="622" />
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="625" />
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="628" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="630" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="637" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="640" />
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="643" />
        <source>&amp;Delete element</source>
        <translation>&amp;Удалить элемент</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="645" />
        <source>Background &amp;artwork…</source>
        <translation>&amp;Фоновое оформление…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="647" />
        <source>&amp;No artwork</source>
        <translation>&amp;Без фона</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="662" />
        <source>Preview:</source>
        <translation>Просмотр:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="669" />
        <source>or a delegate: type a name, Enter</source>
        <translation>или делегат: введите имя, Enter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="701" />
        <source>Layout title</source>
        <translation>Название макета</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="706" />
        <source>Safe margin</source>
        <translation>Безопасное поле</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="715" />
        <source>Badge (mm)</source>
        <translation>Бейдж (мм)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="717" />
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="731" />
        <source>Regular</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="732" />
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="744" />
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="745" />
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="746" />
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="754" />
        <source>Top</source>
        <translation>Сверху</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="755" />
        <source>Middle</source>
        <translation>Посередине</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="756" />
        <source>Bottom</source>
        <translation>Снизу</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="763" />
        <source>#RRGGBB, e.g. #1565C0</source>
        <translation>#RRGGBB, например #1565C0</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="765" />
        <source>Capital letters</source>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="769" />
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="770" />
        <source>Only with a photo</source>
        <translation>Только с фото</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="771" />
        <source>Only without a photo</source>
        <translation>Только без фото</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="772" />
        <source>Only for heads of delegation</source>
        <translation>Только для глав делегаций</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="773" />
        <source>Only on reprints</source>
        <translation>Только при перепечатке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="793" />
        <source>Shows</source>
        <translation>Показывает</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="794" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="795" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="796" />
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="797" />
        <source>Size (pt)</source>
        <translation>Размер (пт)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="798" />
        <source>Smallest size (pt)</source>
        <translation>Наименьший размер (пт)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="799" />
        <source>Lines at most</source>
        <translation>Не более строк</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="800" />
        <source>Alignment</source>
        <translation>Выравнивание</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="801" />
        <source>Vertical alignment</source>
        <translation>Вертикальное выравнивание</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="802" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="804" />
        <source>Printed</source>
        <translation>Печатается</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="805" />
        <source>For the categories</source>
        <translation>Для категорий</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="806" />
        <source>Left (mm)</source>
        <translation>Слева (мм)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="807" />
        <source>Top (mm)</source>
        <translation>Сверху (мм)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="808" />
        <source>Width (mm)</source>
        <translation>Ширина (мм)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="809" />
        <source>Height (mm)</source>
        <translation>Высота (мм)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="815" />
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="896" />
        <source>Preview: %1</source>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="957" />
        <source>This layout cannot be printed as it is: %1</source>
        <translation>Этот макет нельзя напечатать в таком виде: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="960" />
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="967" />
        <source>reaches outside the badge</source>
        <translation>выходит за край бейджа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="971" />
        <source>reaches into the %1 mm at the edge that the printer cannot print</source>
        <translation>заходит в %1 мм у края, которые принтер не печатает</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="974" />
        <source>a scanner cannot read this code: make it larger or uncover it</source>
        <translation>сканер не прочтёт этот код: увеличьте его или освободите</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="976" />
        <source>no picture chosen</source>
        <translation>изображение не выбрано</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="979" />
        <source>prints over “%1”</source>
        <translation>печатается поверх «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/designer.py" line="982" />
        <source>shrinks below its smallest size for %n value(s) of the event, such as “%1”</source>
        <translation>
            <numerusform>становится меньше минимального размера для %n значения мероприятия, например «%1»</numerusform>
            <numerusform>становится меньше минимального размера для %n значений мероприятия, например «%1»</numerusform>
            <numerusform>становится меньше минимального размера для %n значений мероприятия, например «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Choose a picture</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1085" />
        <source>A layout keeps at least one element.</source>
        <translation>В макете остаётся хотя бы один элемент.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1144" />
        <source>A colour is written #RRGGBB, e.g. #1565C0.</source>
        <translation>Цвет записывается как #RRGGBB, например #1565C0.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1162" />
        <source>An element shown to no category would never print.</source>
        <translation>Элемент без категорий никогда не напечатается.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1192" />
        <source>Badge size</source>
        <translation>Размер бейджа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1208" />
        <source>larger than 10 MB</source>
        <translation>больше 10 МБ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1212" />
        <source>not a picture</source>
        <translation>не изображение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1218" />
        <source>not a PDF, PNG or JPEG file that can be read</source>
        <translation>не читаемый файл PDF, PNG или JPEG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1225" />
        <source>Cannot use this file</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1226" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Background artwork</source>
        <translation>Фоновое оформление</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Artwork (*.pdf *.png)</source>
        <translation>Оформление (*.pdf *.png)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1234" />
        <source>artwork is a PDF or a PNG file</source>
        <translation>оформление — это файл PDF или PNG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1291" />
        <source>Choose an element on the badge</source>
        <translation>Выберите элемент на бейдже</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1340" />
        <source>Badge layout: %1%2 — meetingdesk</source>
        <translation>Макет бейджа: %1%2 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1365" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1382" />
        <source>Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it.</source>
        <translation>Сохранено как %1: вкладка «Бейджи» и «meetingdesk badges --layout %1» печатают его.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1392" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1402" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1403" />
        <source>Save the changes to this layout before closing?</source>
        <translation>Сохранить изменения макета перед закрытием?</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="73" />
        <source>Who is at this desk?</source>
        <translation>Кто работает на этой стойке?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="77" />
        <source>Desk name</source>
        <translation>Название стойки</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="78" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="82" />
        <source>Scan the badge, or type a name</source>
        <translation>Отсканируйте бейдж или введите имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>No sessions</source>
        <translation>Нет заседаний</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="214" />
        <source>In the room: %1</source>
        <translation>В зале: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="277" />
        <source>%1 starts on %2 at %3: it is not its time yet.</source>
        <translation>%1 начинается %2 в %3: его время ещё не наступило.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="279" />
        <source>%1 ended on %2 at %4.</source>
        <translation>%1 закончилось %2 в %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="289" />
        <source>Not this session's time</source>
        <translation>Не время этого заседания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="290" />
        <source>Record the attendance anyway?</source>
        <translation>Всё равно отметить присутствие?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="318" />
        <source>Admitted</source>
        <translation>Допущен</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="319" />
        <source>Already in</source>
        <translation>Уже в зале</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="320" />
        <source>Not found</source>
        <translation>Не найден</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="324" />
        <source>Refused: registration cancelled</source>
        <translation>Отказ: регистрация отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="325" />
        <source>Refused: badge revoked</source>
        <translation>Отказ: бейдж аннулирован</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="326" />
        <source>Refused: not checked in at the desk</source>
        <translation>Отказ: не зарегистрирован на стойке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="327" />
        <source>Refused: code not valid</source>
        <translation>Отказ: код недействителен</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="345" />
        <source>Remove from the session</source>
        <translation>Удалить из заседания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="346" />
        <source>Why is %1 removed?</source>
        <translation>Почему удаляется %1?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>На заседания допускаются только участники, зарегистрированные на стойке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} заменяется номером перепечатки</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="110" />
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="111" />
        <source>Venue *</source>
        <translation>Место проведения *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="113" />
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="114" />
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="115" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="118" />
        <source>Language of badges</source>
        <translation>Язык бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="119" />
        <source>Head of delegation, on badges</source>
        <translation>Глава делегации, на бейджах</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="120" />
        <source>Reprint mark, on badges</source>
        <translation>Отметка о перепечатке, на бейджах</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="447" />
        <source>Event set-up</source>
        <translation>Подготовка мероприятия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="457" />
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="481" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="482" />
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="483" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="484" />
        <source>ID check</source>
        <translation>Проверка документа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="485" />
        <source>Label on badges</source>
        <translation>Название на бейджах</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="491" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="500" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="501" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="502" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="503" />
        <source>English protocol name</source>
        <translation>Протокольное название на английском</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="504" />
        <source>French protocol name</source>
        <translation>Протокольное название на французском</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="517" />
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="518" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="519" />
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="524" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="526" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="565" />
        <source>%n attendance(s) recorded in this session: it cannot be removed.</source>
        <translation>
            <numerusform>В этом заседании отмечено %n присутствие: его нельзя удалить.</numerusform>
            <numerusform>В этом заседании отмечено %n присутствия: его нельзя удалить.</numerusform>
            <numerusform>В этом заседании отмечено %n присутствий: его нельзя удалить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="591" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="601" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="46" />
        <source>Attendance per session</source>
        <translation>Присутствие по заседаниям</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="47" />
        <source>List of participants</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="48" />
        <source>Check-ins, undos, reprints and refused scans</source>
        <translation>Регистрации, отмены, перепечатки и отклонённые сканирования</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="51" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="52" />
        <source>Paper check-in lists and sign-in sheets</source>
        <translation>Бумажные списки регистрации и листы подписей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="60" />
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="81" />
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="93" />
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="94" />
        <source>CSV (one table)</source>
        <translation>CSV (одна таблица)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="95" />
        <source>PDF, ready to print</source>
        <translation>PDF, готовый к печати</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="100" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="101" />
        <source>semicolon (Excel in Spanish, French, German…)</source>
        <translation>точка с запятой (Excel на испанском, французском, немецком…)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="102" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="106" />
        <source>English names</source>
        <translation>английские названия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="107" />
        <source>French names</source>
        <translation>французские названия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="113" />
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="120" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="121" />
        <source>CSV separator</source>
        <translation>Разделитель CSV</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="123" />
        <source>Protocol order by</source>
        <translation>Протокольный порядок по</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="125" />
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="131" />
        <source>Open its &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="133" />
        <source>E&amp;xport</source>
        <translation>Э&amp;кспорт</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="135" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="195" />
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="205" />
        <source>%1 written to %2.</source>
        <translation>%1: записано в %2.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>Which list?</source>
        <translation>Какой список?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="63" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Файл CSV или Excel в том виде, в каком его прислала делегация.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="65" />
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="86" />
        <source>Delegate list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="88" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Списки (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="104" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="118" />
        <source>%1: %2 rows.</source>
        <translation>%1: строк: %2.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="54" />
        <source>Identity document</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="56" />
        <source>Check the identity document of %1.</source>
        <translation>Проверьте удостоверение личности: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="64" />
        <source>e.g. 4567</source>
        <translation>напр. 4567</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="65" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="66" />
        <source>Its last four letters or digits</source>
        <translation>Последние четыре знака</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="316" />
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Writing, all in one go…</source>
        <translation>Запись, всё за один раз…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Импортировано: добавлено %1, обновлено %2, без изменений %3, пропущено строк: %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="358" />
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="373" />
        <source>Import a delegate list</source>
        <translation>Импорт списка участников</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="85" />
        <source>&amp;Check-in</source>
        <translation>&amp;Регистрация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="87" />
        <source>&amp;Delegates</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="89" />
        <source>&amp;Attendance</source>
        <translation>&amp;Присутствие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="90" />
        <location filename="../../meetingdesk/qt/views/main_window.py" line="143" />
        <source>&amp;Badges</source>
        <translation>&amp;Бейджи</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="126" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Подготовка мероприятия…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="130" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="134" />
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="144" />
        <source>&amp;Design layout…</source>
        <translation>&amp;Дизайн макета…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="147" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="150" />
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="156" />
        <source>&amp;Sounds</source>
        <translation>&amp;Звуки</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="166" />
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="168" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Стойка: %1 · Оператор: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="187" />
        <source>No sessions today</source>
        <translation>Сегодня нет заседаний</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="190" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="209" />
        <source>Sound on each &amp;outcome</source>
        <translation>Звук при каждом &amp;результате</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Quiet</source>
        <translation>&amp;Тихо</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Medium</source>
        <translation>&amp;Средне</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Loud</source>
        <translation>&amp;Громко</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="140" />
        <source>Which column is what?</source>
        <translation>Что в какой колонке?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="141" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Распознанные заголовки уже выбраны; выберите остальные.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Колонка</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="152" />
        <source>An empty cell clears what is stored (otherwise the stored value is kept)</source>
        <translation>Пустая ячейка стирает сохранённое значение (иначе оно сохраняется)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="157" />
        <source>Delegation of rows that name none</source>
        <translation>Делегация для строк без делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="158" />
        <source>Category of rows that name none</source>
        <translation>Категория для строк без категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="175" />
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="181" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="185" />
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../meetingdesk/qt/views/message_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="100" />
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="108" />
        <source>Fill in the usual OSCE categories and the delegations of the 57 participating States and 11 Partners for Co-operation</source>
        <translation>Добавить обычные категории ОБСЕ и делегации 57 государств-участников и 11 партнёров по сотрудничеству</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="121" />
        <source>Badges are signed with a key that only this passphrase opens. Type it on the computers that print badges; desks that only check people in never need it. Keep it safe: nobody can print a badge without it.</source>
        <translation>Бейджи подписываются ключом, который открывает только эта парольная фраза. Вводите её на компьютерах, печатающих бейджи; стойкам, которые только регистрируют прибытие, она не нужна. Храните её надёжно: без неё никто не напечатает бейдж.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="133" />
        <source>Badge passphrase</source>
        <translation>Парольная фраза бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="134" />
        <source>The same again</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="137" />
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="142" />
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="144" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="148" />
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="163" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="168" />
        <source>The badge passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 знаков.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="179" />
        <source>%1 exists already: choose another file, or open it.</source>
        <translation>%1 уже существует: выберите другой файл или откройте его.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="186" />
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="98" />
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="112" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>Бейдж %1 не напечатан: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Type a name or scan a badge.</source>
        <translation>Введите имя или отсканируйте бейдж.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="134" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="230" />
        <source>Registration cancelled</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="136" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="226" />
        <source>Already checked in</source>
        <translation>Уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="138" />
        <source>Enter checks in</source>
        <translation>Enter отметит прибытие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Choose who it is</source>
        <translation>Выберите, кто это</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>%1 people match exactly: choose with Up or Down, then press Enter.</source>
        <translation>Точных совпадений: %1. Выберите стрелками вверх или вниз и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="215" />
        <source>Head of Delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Check-in undone</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="222" />
        <source>Checked in (offline)</source>
        <translation>Прибытие отмечено (без связи)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="224" />
        <source>Checked in</source>
        <translation>Прибытие отмечено</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="228" />
        <source>Not found</source>
        <translation>Не найден</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="231" />
        <source>Badge revoked</source>
        <translation>Бейдж аннулирован</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="232" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="233" />
        <source>Code not valid</source>
        <translation>Код недействителен</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="234" />
        <source>Not checked in</source>
        <translation>Не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="235" />
        <source>Check identity document</source>
        <translation>Проверьте удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="236" />
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="25" />
        <source>Badge passphrase</source>
        <translation>Парольная фраза бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="31" />
        <source>Printing badges needs the event's passphrase, which the organisers chose. It stays unlocked on this computer until meetingdesk closes.</source>
        <translation>Для печати бейджей нужна парольная фраза мероприятия, выбранная организаторами. Она остаётся разблокированной на этом компьютере до закрытия meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="54" />
        <source>That is not the passphrase of this event's badges.</source>
        <translation>Это не парольная фраза бейджей этого мероприятия.</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="51" />
        <source>No one found.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="62" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Есть ещё совпадения: продолжайте вводить, чтобы сузить поиск.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="210" />
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="218" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Импортировать остальные строки и пропустить проблемные</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="235" />
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="276" />
        <source>(cleared)</source>
        <translation>(стирается)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="287" />
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="288" />
        <source>To add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="289" />
        <source>To update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="290" />
        <source>Not on the list (kept)</source>
        <translation>Нет в списке (сохраняются)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="156" />
        <source>Reprint a badge</source>
        <translation>Перепечатка бейджа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>Badge code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="173" />
        <source>Badge now in use</source>
        <translation>Действующий бейдж</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="174" />
        <source>generation %1</source>
        <translation>поколение %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>Last reprint</source>
        <translation>Последняя перепечатка</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="180" />
        <source>%1 at %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="182" />
        <source>another desk</source>
        <translation>другой стойке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="191" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="194" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>Действующий бейдж перестанет действовать на всех стойках, как только новый уйдёт на принтер.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="201" />
        <source>&amp;Reprint</source>
        <translation>Пере&amp;печатать</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="475" />
        <source>Save layout as</source>
        <translation>Сохранить макет как</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="479" />
        <source>small letters, digits and hyphens</source>
        <translation>строчные буквы, цифры и дефисы</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="486" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="487" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="505" />
        <source>Give the layout a title.</source>
        <translation>Дайте макету название.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="509" />
        <source>The name takes small letters, digits and hyphens, first a letter or digit.</source>
        <translation>Имя состоит из строчных букв, цифр и дефисов и начинается с буквы или цифры.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="514" />
        <source>There is a layout called %1 already.</source>
        <translation>Макет с именем %1 уже есть.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Native script</source>
        <translation>Родная письменность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="27" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="28" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="29" />
        <source>Badge code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="66" />
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="68" />
        <source>checked in</source>
        <translation>прибыл</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="70" />
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/models/search_results.py" line="105" />
        <source>Same name as %n other person(s) here: check delegation and code.</source>
        <translation>
            <numerusform>То же имя, что у %n другого человека здесь: проверьте делегацию и код.</numerusform>
            <numerusform>То же имя, что у %n других людей здесь: проверьте делегацию и код.</numerusform>
            <numerusform>То же имя, что у %n других людей здесь: проверьте делегацию и код.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="222" />
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="227" />
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="233" />
        <source>The address of the meeting's PostgreSQL database, as the organisers set it up (see 'Several desks' in the README).</source>
        <translation>Адрес базы данных PostgreSQL встречи, как её настроили организаторы (см. «Several desks» в README).</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="242" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="246" />
        <source>&amp;Use this server</source>
        <translation>&amp;Использовать этот сервер</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="262" />
        <source>Write the address as postgresql://user@host/database.</source>
        <translation>Запишите адрес в виде postgresql://пользователь@сервер/база.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="268" />
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="285" />
        <source>Not reachable: %1</source>
        <translation>Недоступен: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="290" />
        <source>%1 answers; the meeting is: %2.</source>
        <translation>%1 отвечает; встреча: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="292" />
        <source>%1 answers; it holds no event yet: you can create one.</source>
        <translation>%1 отвечает; мероприятия в нём ещё нет: его можно создать.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>New session</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="237" />
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="238" />
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="239" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="240" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="241" />
        <source>End</source>
        <translation>Конец</translation>
    </message>
</context>
<context>
    <name>SetupTable</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="360" />
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="361" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="362" />
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="322" />
        <source>Welcome to meetingdesk</source>
        <translation>Добро пожаловать в meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="331" />
        <source>There is no meeting on this computer yet. Create one, open a file a colleague gave you, connect to the meeting's server, or try the demo.</source>
        <translation>На этом компьютере ещё нет встречи. Создайте её, откройте файл, полученный от коллеги, подключитесь к серверу встречи или попробуйте демонстрацию.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="335" />
        <source>The database %1 holds no event yet: create it, or choose another database.</source>
        <translation>В базе данных %1 ещё нет мероприятия: создайте его или выберите другую базу.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="337" />
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="348" />
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="349" />
        <source>Its details, sessions, categories and delegations; the OSCE preset.</source>
        <translation>Сведения, заседания, категории и делегации; шаблон ОБСЕ.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="354" />
        <source>&amp;Open a file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="355" />
        <source>A meetingdesk database on this computer.</source>
        <translation>База данных meetingdesk на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="360" />
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="361" />
        <source>Several desks: one PostgreSQL database on the venue network.</source>
        <translation>Несколько стоек: одна база PostgreSQL в сети места проведения.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="366" />
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демонстрацию</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="367" />
        <source>An invented meeting, in progress today; removed when you close it.</source>
        <translation>Вымышленная встреча, идущая сегодня; удаляется при закрытии.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="383" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="405" />
        <source>%1 is not a meetingdesk database: %2</source>
        <translation>%1 — не база данных meetingdesk: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="407" />
        <source>it has no meetingdesk tables</source>
        <translation>в ней нет таблиц meetingdesk</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="701" />
        <source>used by %n delegate(s) (%1): move them first</source>
        <translation>
            <numerusform>используется %n участником (%1): сначала переведите его</numerusform>
            <numerusform>используется %n участниками (%1): сначала переведите их</numerusform>
            <numerusform>используется %n участниками (%1): сначала переведите их</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="704" />
        <source>%n attendance(s) recorded: it cannot be removed</source>
        <translation>
            <numerusform>отмечено %n присутствие: удалить нельзя</numerusform>
            <numerusform>отмечено %n присутствия: удалить нельзя</numerusform>
            <numerusform>отмечено %n присутствий: удалить нельзя</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RowForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="215" />
        <source>Fill in the fields marked *.</source>
        <translation>Заполните поля, отмеченные *.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="204" />
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="211" />
        <source>Backing up the database…</source>
        <translation>Создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="218" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Копия записана в %1; проверка целостности пройдена.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="358" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>База данных не отвечает: %1. Стойка показывает последние известные данные.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="366" />
        <source>The database answers again.</source>
        <translation>База данных снова отвечает.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="403" />
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>Что-то пошло не так. Подробности в журнале: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="117" />
        <source>Save the badges as a PDF</source>
        <translation>Сохранить бейджи в PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="59" />
        <source>Open a meetingdesk database</source>
        <translation>Открыть базу данных meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="61" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных meetingdesk (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="67" />
        <source>Save the new database as</source>
        <translation>Сохранить новую базу данных как</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="69" />
        <source>meetingdesk databases (*.sqlite3)</source>
        <translation>базы данных meetingdesk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="19" />
        <source>participating State</source>
        <translation>государство-участник</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="22" />
        <source>Partner for Co-operation</source>
        <translation>партнёр по сотрудничеству</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="25" />
        <source>international organisation</source>
        <translation>международная организация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="28" />
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="29" />
        <source>OSCE structure</source>
        <translation>структура ОБСЕ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="30" />
        <source>host</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="31" />
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="87" />
        <source>(no country)</source>
        <translation>(без страны)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="131" />
        <source>Badge colour</source>
        <translation>Цвет бейджа</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="43" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 — это база данных (или её журнал, или копия): выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="46" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 — папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="49" />
        <source>The folder of %1 does not exist.</source>
        <translation>Папки для %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="52" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>Папка для %1 — это файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="55" />
        <source>The disk is full: %1 was not written.</source>
        <translation>Диск заполнен: %1 не записан.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="58" />
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="72" />
        <source>No one has the badge code %1.</source>
        <translation>Ни у кого нет бейджа с кодом %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="90" />
        <source>the server did not answer within %1 seconds</source>
        <translation>сервер не ответил за %1 с</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="94" />
        <source>the database is busy (another desk holds a lock): nothing was changed, try again</source>
        <translation>база данных занята (другая стойка удерживает блокировку): ничего не изменено, повторите попытку</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="98" />
        <source>the database took too long to answer: nothing was changed, try again</source>
        <translation>база данных слишком долго не отвечала: ничего не изменено, повторите попытку</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="101" />
        <source>the database is busy (another program holds it): nothing was changed, try again</source>
        <translation>база данных занята (её держит другая программа): ничего не изменено, повторите попытку</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="105" />
        <source>the disk is full or failing: nothing was changed; free some space</source>
        <translation>диск заполнен или неисправен: ничего не изменено; освободите место</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="108" />
        <source>the database cannot be written (read-only): nothing was changed</source>
        <translation>в базу данных нельзя записать (только чтение): ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="111" />
        <source>the desk is closing</source>
        <translation>стойка закрывается</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="112" />
        <source>undoing a check-in needs the server, which does not answer</source>
        <translation>для отмены регистрации нужен сервер, а он не отвечает</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="115" />
        <source>the server does not answer and this desk has no local copy yet</source>
        <translation>сервер не отвечает, а локальной копии на этой стойке ещё нет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="195" />
        <source>a control character (%1): remove it</source>
        <translation>управляющий символ (%1): удалите его</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="198" />
        <location filename="../../meetingdesk/qt/wording.py" line="355" />
        <source>%1 is not an e-mail address</source>
        <translation>%1 — не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="202" />
        <source>this registration is cancelled: no badge to reprint</source>
        <translation>эта регистрация отменена: перепечатывать нечего</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="205" />
        <source>nobody to print: the choice is empty</source>
        <translation>некого печатать: выбор пуст</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="208" />
        <source>this badge cannot be reprinted again</source>
        <translation>этот бейдж больше нельзя перепечатать</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="324" />
        <source>no column is mapped to the family name</source>
        <translation>ни одна колонка не сопоставлена с фамилией</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="327" />
        <source>no column is mapped to the delegation, and no default delegation was given</source>
        <translation>ни одна колонка не сопоставлена с делегацией, и делегация по умолчанию не указана</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="330" />
        <source>no column is mapped to the category, and no default category was given</source>
        <translation>ни одна колонка не сопоставлена с категорией, и категория по умолчанию не указана</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="333" />
        <source>the same person as line %1 (same e-mail address)</source>
        <translation>тот же человек, что в строке %1 (тот же адрес эл. почты)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="336" />
        <source>the same person as line %1 (same name and delegation)</source>
        <translation>тот же человек, что в строке %1 (те же имя и делегация)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="339" />
        <source>the name matches %1 registered delegates (%2): give the e-mail address to say which</source>
        <translation>имя совпадает с %1 зарегистрированными участниками (%2): укажите адрес эл. почты, чтобы уточнить</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="343" />
        <source>the e-mail address belongs to %1 but the name to %2: correct the row or the registered delegates</source>
        <translation>адрес эл. почты принадлежит %1, а имя — %2: исправьте строку или зарегистрированных участников</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="348" />
        <source>a control character (%1) in the text: remove it</source>
        <translation>управляющий символ (%1) в тексте: удалите его</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="352" />
        <source>the family name is missing</source>
        <translation>нет фамилии</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="358" />
        <source>%1: write yes or no</source>
        <translation>%1: напишите «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="359" />
        <source>unknown delegation %1</source>
        <translation>неизвестная делегация %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="362" />
        <source>the delegation is missing</source>
        <translation>нет делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="365" />
        <source>unknown category %1</source>
        <translation>неизвестная категория %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="366" />
        <source>the category is missing</source>
        <translation>нет категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="312" />
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="77" />
        <source>%1 was written by a newer version of meetingdesk (schema %2): install the newer meetingdesk to open it</source>
        <translation>%1 записана более новой версией meetingdesk (схема %2): установите её, чтобы открыть</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="125" />
        <source>there is no database at %1</source>
        <translation>по адресу %1 нет базы данных</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="128" />
        <source>cannot create a database at %1: the folder %2 does not exist</source>
        <translation>не удаётся создать базу данных в %1: папки %2 не существует</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="131" />
        <source>%1 is not a meetingdesk database (%2)</source>
        <translation>%1 — не база данных meetingdesk (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="134" />
        <source>%1 is another program's database (tables %2): meetingdesk leaves it alone</source>
        <translation>%1 — база данных другой программы (таблицы %2): meetingdesk её не трогает</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="137" />
        <source>%1 is on a network share (%2): an SQLite file cannot be shared safely between computers. For several desks, use one PostgreSQL database; for one desk, keep the file on this computer.</source>
        <translation>%1 находится в сетевой папке (%2): файл SQLite нельзя безопасно делить между компьютерами. Для нескольких стоек используйте одну базу PostgreSQL; для одной храните файл на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="143" />
        <source>%1 cannot be opened (%2)</source>
        <translation>не удаётся открыть %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="155" />
        <source>Event title</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="156" />
        <source>Place and dates</source>
        <translation>Место и даты</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="157" />
        <source>Name on the badge</source>
        <translation>Имя на бейдже</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="158" />
        <source>Name in native script</source>
        <translation>Имя в родной письменности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="159" />
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="160" />
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="161" />
        <source>Delegation or organisation</source>
        <translation>Делегация или организация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="162" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="163" />
        <source>Head-of-delegation marker</source>
        <translation>Отметка главы делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="164" />
        <source>Badge code, readable</source>
        <translation>Код бейджа, читаемый</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="165" />
        <source>Reprint marker</source>
        <translation>Отметка о перепечатке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="174" />
        <source>badge %1: %2 set at %3 pt, below the layout's floor of %4 pt</source>
        <translation>бейдж %1: %2 набрано кеглем %3 pt, меньше минимума макета %4 pt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="179" />
        <source>badge %1: no font has every letter of %2: left out</source>
        <translation>бейдж %1: ни в одном шрифте нет всех букв для %2: пропущено</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="183" />
        <source>badge %1: photo not drawn (%2)</source>
        <translation>бейдж %1: фото не нарисовано (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="211" />
        <source>say why: one of %1</source>
        <translation>укажите причину: одна из %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="212" />
        <source>%1 is shipped with meetingdesk: save the layout under another name</source>
        <translation>%1 поставляется с meetingdesk: сохраните макет под другим именем</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="215" />
        <source>there is a layout called %1 already</source>
        <translation>макет с именем %1 уже есть</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="229" />
        <source>not valid UTF-16 although it says so</source>
        <translation>недопустимый UTF-16, хотя файл это заявляет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="232" />
        <source>not a text file (it contains binary data)</source>
        <translation>не текстовый файл (содержит двоичные данные)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="235" />
        <source>byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>байт %1 недопустим в %2: сохраните файл в UTF-8 (CSV UTF-8 в Excel) и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="240" />
        <source>byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>байт %1 — ни UTF-8, ни Windows-1252: сохраните файл в UTF-8 (CSV UTF-8 в Excel) и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="245" />
        <source>the header has only one column: separate the columns with commas, semicolons or tabs</source>
        <translation>в заголовке только одна колонка: разделите колонки запятыми, точками с запятой или табуляцией</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="249" />
        <source>the header %1 appears twice (columns %2 and %3): rename or remove one</source>
        <translation>заголовок %1 встречается дважды (колонки %2 и %3): переименуйте или удалите один</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="252" />
        <source>the first line has no column headers</source>
        <translation>в первой строке нет заголовков колонок</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="255" />
        <source>there are no rows under the header</source>
        <translation>под заголовком нет строк</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="258" />
        <source>this row has %1 cells but the header only %2</source>
        <translation>в этой строке %1 ячеек, а в заголовке только %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="261" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="262" />
        <source>malformed CSV (%1)</source>
        <translation>некорректный CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="263" />
        <source>not a readable Excel workbook (%1)</source>
        <translation>не читаемая книга Excel (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="266" />
        <source>not a delegate list: %1 parts in the workbook</source>
        <translation>не список участников: %1 частей в книге</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="269" />
        <source>the workbook unpacks to %1 MB from %2 KB: not a delegate list (a damaged or hostile file)</source>
        <translation>книга распаковывается в %1 МБ из %2 КБ: не список участников (повреждённый или вредоносный файл)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="274" />
        <source>a formula without a computed value: open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>формула без вычисленного значения: откройте файл в Excel или LibreOffice, сохраните и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="279" />
        <source>the header has merged cells (%1): give every column its own header</source>
        <translation>в заголовке объединённые ячейки (%1): дайте каждой колонке свой заголовок</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="282" />
        <source>the workbook has no visible sheet</source>
        <translation>в книге нет видимых листов</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="285" />
        <source>the sheet %1 is empty</source>
        <translation>лист %1 пуст</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="286" />
        <source>larger than %1 MB: not a list</source>
        <translation>больше %1 МБ: не список</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="289" />
        <source>not an Excel workbook (.xlsx) although it is named so</source>
        <translation>не книга Excel (.xlsx), хотя так названа</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="292" />
        <source>is a folder, not a list</source>
        <translation>это папка, а не список</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="293" />
        <source>cannot be read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="314" />
        <source>column %1</source>
        <translation>колонка %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="377" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="378" />
        <source>National identity card</source>
        <translation>Национальное удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="379" />
        <source>Diplomatic or service card</source>
        <translation>Дипломатическая или служебная карточка</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="380" />
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="413" />
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="414" />
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="415" />
        <source>name corrected</source>
        <translation>исправлено имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="416" />
        <source>first print</source>
        <translation>первая печать</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="423" />
        <source>The code is not valid.</source>
        <translation>Код недействителен.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="425" />
        <source>A badge of another event.</source>
        <translation>Бейдж другого мероприятия.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="426" />
        <source>The signature does not match: the code was altered or forged.</source>
        <translation>Подпись не совпадает: код изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="429" />
        <source>Signed with a key the event has retired: reprint the badge.</source>
        <translation>Подписан ключом, выведенным из употребления: перепечатайте бейдж.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="432" />
        <source>Not a meetingdesk badge code.</source>
        <translation>Это не код бейджа meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="435" />
        <source>This badge was never issued.</source>
        <translation>Этот бейдж никогда не выдавался.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="449" />
        <source>No one has the code %1.</source>
        <translation>Ни у кого нет кода %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="456" />
        <source>Admitted to %1.</source>
        <translation>Допущен на «%1».</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="458" />
        <source>Already recorded in %1 at %2 at %3.</source>
        <translation>Уже отмечен на «%1» в %2, стойка %3.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="463" />
        <source>Attendance removed from %1.</source>
        <translation>Присутствие на «%1» удалено.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="467" />
        <source>Not recorded in this session.</source>
        <translation>На этом заседании не отмечен.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="471" />
        <source>The check-in of %1 at %2 is undone.</source>
        <translation>Регистрация в %1 на стойке %2 отменена.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="475" />
        <source>Not checked in: nothing to undo.</source>
        <translation>Не зарегистрирован: нечего отменять.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="479" />
        <source>Already checked in at %1 at %2.</source>
        <translation>Уже зарегистрирован в %1 на стойке %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="484" />
        <source>Offline: kept on this computer, sent when the server answers.</source>
        <translation>Без связи: сохранено на этом компьютере, будет отправлено, когда сервер ответит.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="496" />
        <source>A newer badge was printed: this one no longer works.</source>
        <translation>Напечатан более новый бейдж: этот больше не действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="502" />
        <source>Reprinted at %1 (%2): this badge no longer works.</source>
        <translation>Перепечатан в %1 (%2): этот бейдж больше не действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="506" />
        <source>Reprinted on %1 (%2): this badge no longer works.</source>
        <translation>Перепечатан %1 (%2): этот бейдж больше не действует.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="515" />
        <source>%1: an identity document must be checked.</source>
        <translation>%1: необходимо проверить удостоверение личности.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="519" />
        <source>Not checked in at the registration desk yet.</source>
        <translation>Ещё не зарегистрирован на стойке регистрации.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="521" />
        <source>The registration was cancelled.</source>
        <translation>Регистрация была отменена.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="550" />
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="551" />
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="552" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="553" />
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="560" />
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="561" />
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="562" />
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="563" />
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="564" />
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="565" />
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="566" />
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="567" />
        <source>language of badges</source>
        <translation>язык бейджей</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="568" />
        <source>head of delegation, on badges</source>
        <translation>глава делегации, на бейджах</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="571" />
        <source>reprint mark, on badges</source>
        <translation>отметка о перепечатке, на бейджах</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="572" />
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="573" />
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="574" />
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="575" />
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="576" />
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="577" />
        <source>label</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="578" />
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="579" />
        <source>label on badges</source>
        <translation>название на бейджах</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="580" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="581" />
        <source>English name</source>
        <translation>английское название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="582" />
        <source>French name</source>
        <translation>французское название</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="583" />
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="193" />
        <location filename="../../meetingdesk/qt/wording.py" line="607" />
        <source>this is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="194" />
        <location filename="../../meetingdesk/qt/wording.py" line="351" />
        <location filename="../../meetingdesk/qt/wording.py" line="609" />
        <source>longer than %1 characters</source>
        <translation>длиннее %1 знаков</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="613" />
        <source>%1 is not a code: letters and digits, up to 16</source>
        <translation>%1 — не код: буквы и цифры, не более 16</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="617" />
        <source>%1 is not a colour like #1F4E9A</source>
        <translation>%1 — не цвет вида #1F4E9A</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="621" />
        <source>%1 is not a country code</source>
        <translation>%1 — не код страны</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="625" />
        <source>%1 is not a time zone</source>
        <translation>%1 — не часовой пояс</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="629" />
        <source>no badge texts in %1</source>
        <translation>нет текстов бейджей на языке %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="633" />
        <source>the event ends before it starts</source>
        <translation>мероприятие заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="635" />
        <source>the session ends before it starts</source>
        <translation>заседание заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="638" />
        <source>the day is not between %1 and %2</source>
        <translation>день не между %1 и %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="646" />
        <source>%1 (row %2)</source>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="651" />
        <source>overlaps %1, %2–%3, in the same room</source>
        <translation>пересекается с «%1», %2–%3, в том же зале</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="659" />
        <source>%1 is also on row %2</source>
        <translation>%1 есть и в строке %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="664" />
        <source>%1 exists already</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="672" />
        <source>changed at another desk meanwhile: close the set-up and open it again</source>
        <translation>тем временем изменено на другой стойке: закройте подготовку и откройте её снова</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="201" />
        <location filename="../../meetingdesk/qt/wording.py" line="676" />
        <source>%1 does not exist (any more)</source>
        <translation>%1 не существует (больше)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="584" />
        <source>honorific</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="585" />
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="586" />
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="587" />
        <source>name on the badge</source>
        <translation>имя на бейдже</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="588" />
        <source>name in native script</source>
        <translation>имя в родной письменности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="589" />
        <source>function</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="590" />
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="591" />
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="592" />
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="593" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="594" />
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="595" />
        <source>badges to print</source>
        <translation>бейджи для печати</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="596" />
        <source>badge</source>
        <translation>бейдж</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="597" />
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="680" />
        <source>this database already holds an event</source>
        <translation>в этой базе данных уже есть мероприятие</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="684" />
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="713" />
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="715" />
        <source>registration cancelled</source>
        <translation>регистрация отменена</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="716" />
        <source>badge revoked by a reprint</source>
        <translation>бейдж аннулирован перепечаткой</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="717" />
        <source>code not valid</source>
        <translation>код недействителен</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="718" />
        <source>a badge of another event</source>
        <translation>бейдж другого мероприятия</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="719" />
        <source>not checked in at the desk</source>
        <translation>не зарегистрирован на стойке</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="720" />
        <source>identity document to be checked</source>
        <translation>нужно проверить удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="729" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>Отправлены регистрации, сделанные за это время: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="733" />
        <source>%1 (in already at %2 at %3)</source>
        <translation>%1 (уже зарегистрирован в %2 на стойке %3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="740" />
        <source>%1 (%2, scanned at %3 at %4)</source>
        <translation>%1 (%2, отсканирован в %3 на стойке %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="744" />
        <source>unknown badge</source>
        <translation>неизвестный бейдж</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="753" />
        <source>Checked in elsewhere first: %1.</source>
        <translation>Ранее зарегистрированы на другой стойке: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="757" />
        <source>NOT recorded, see to them: %1.</source>
        <translation>НЕ записаны, разберитесь: %1.</translation>
    </message>
</context>
</TS>