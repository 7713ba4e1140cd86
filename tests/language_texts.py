"""Short invented news articles, two outlets per language, about one invented event.

Each pair has a shared fact (the council's decision), an exclusive fact each, the mayor's
quote in both, a cost with a decimal comma (4,5 against 4,2) and the mayor's name spelled
two ways. Used by ``tests/test_languages.py`` and ``bench/languages_detect.py``.
"""

ARTICLES = {
    "de": (
        "Stadtrat von Lindenfeld beschließt neue Straßenbahnlinie\n"
        "Der Stadtrat von Lindenfeld hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen. "
        "Die Kosten liegen nach Angaben der Stadtverwaltung bei 4,5 Milliarden Euro. "
        "„Wir investieren in die Zukunft unserer Stadt“, sagte Bürgermeisterin Katrin Müller. "
        "Die Bauarbeiten sollen am 1. Januar 2027 beginnen. "
        "Die Opposition kritisierte das Projekt als überhastet und zu teuer.",
        "Neue Straßenbahn für Lindenfeld\n"
        "Am Dienstag hat der Stadtrat von Lindenfeld den Bau einer neuen Straßenbahnlinie beschlossen. "
        "Nach unseren Berechnungen kostet das Vorhaben rund 4,2 Milliarden Euro. "
        "„Wir investieren in die Zukunft unserer Stadt“, sagte Bürgermeisterin Katrin Mueller bei der Sitzung. "
        "Anwohner der Altstadt befürchten jahrelangen Baulärm.",
    ),
    "fr": (
        "Le conseil municipal de Valmont adopte une nouvelle ligne de tramway\n"
        "Le conseil municipal de Valmont a approuvé mardi la construction d'une nouvelle ligne de tramway. "
        "Selon la mairie, le projet coûtera 4,5 milliards d'euros. "
        "« Nous investissons dans l'avenir de notre ville », a déclaré le maire François Lefèvre. "
        "Les travaux doivent commencer le 1er janvier 2027. "
        "L'opposition a jugé le projet précipité et trop coûteux.",
        "Valmont aura son nouveau tramway\n"
        "Mardi, le conseil municipal de Valmont a approuvé la construction d'une nouvelle ligne de tramway. "
        "D'après nos calculs, la facture atteindra environ 4,2 milliards d'euros. "
        "« Nous investissons dans l'avenir de notre ville », a déclaré le maire Francois Lefevre lors de la séance. "
        "Les habitants du centre historique redoutent des années de chantier.",
    ),
    "es": (
        "El ayuntamiento de Villaverde aprueba una nueva línea de tranvía\n"
        "El pleno del ayuntamiento de Villaverde aprobó el martes la construcción de una nueva línea de tranvía. "
        "Según el consistorio, el proyecto costará 4,5 millones de euros. "
        "«Invertimos en el futuro de nuestra ciudad», dijo el alcalde José Martínez. "
        "Las obras comenzarán el 1 de enero de 2027. "
        "La oposición criticó el proyecto por precipitado y demasiado caro.",
        "Villaverde tendrá un nuevo tranvía\n"
        "El martes, el pleno del ayuntamiento de Villaverde aprobó la construcción de una nueva línea de tranvía. "
        "Según nuestros cálculos, la obra costará unos 4,2 millones de euros. "
        "«Invertimos en el futuro de nuestra ciudad», dijo el alcalde Jose Martinez durante la sesión. "
        "Los vecinos del casco antiguo temen años de ruido por las obras.",
    ),
    "it": (
        "Il consiglio comunale di Valdoro approva una nuova linea del tram\n"
        "Il consiglio comunale di Valdoro ha approvato martedì la costruzione di una nuova linea del tram. "
        "Secondo il Comune, il progetto costerà 4,5 miliardi di euro. "
        "«Investiamo nel futuro della nostra città», ha detto il sindaco Niccolò Ferrari. "
        "I lavori inizieranno il 1° gennaio 2027. "
        "L'opposizione ha criticato il progetto come affrettato e troppo costoso.",
        "Valdoro avrà un nuovo tram\n"
        "Martedì il consiglio comunale di Valdoro ha approvato la costruzione di una nuova linea del tram. "
        "Secondo le nostre stime, l'opera costerà circa 4,2 miliardi di euro. "
        "«Investiamo nel futuro della nostra città», ha detto il sindaco Niccolo Ferrari durante la seduta. "
        "I residenti del centro storico temono anni di cantieri.",
    ),
    "pl": (
        "Rada Miasta Zielonki przyjęła plan nowej linii tramwajowej\n"
        "Rada Miasta Zielonki zatwierdziła we wtorek budowę nowej linii tramwajowej. "
        "Według urzędu miasta projekt będzie kosztował 4,5 miliarda złotych. "
        "„Inwestujemy w przyszłość naszego miasta” – powiedziała prezydent Małgorzata Wiśniewska. "
        "Prace mają się rozpocząć 1 stycznia 2027 r. "
        "Opozycja skrytykowała projekt jako pospieszny i zbyt kosztowny.",
        "Zielonka będzie miała nowy tramwaj\n"
        "We wtorek Rada Miasta Zielonki zatwierdziła budowę nowej linii tramwajowej. "
        "Według naszych szacunków inwestycja pochłonie około 4,2 miliarda złotych. "
        "„Inwestujemy w przyszłość naszego miasta” – powiedziała prezydent Malgorzata Wisniewska podczas sesji. "
        "Mieszkańcy starówki obawiają się lat hałasu.",
    ),
    "ru": (
        "Городская дума Зеленогорска одобрила новую трамвайную линию\n"
        "Городская дума Зеленогорска во вторник одобрила строительство новой трамвайной линии. "
        "По данным мэрии, проект обойдётся в 4,5 миллиарда рублей. "
        "«Мы инвестируем в будущее нашего города», — заявил мэр Пётр Соколов. "
        "Работы начнутся 1 января 2027 г. "
        "Оппозиция назвала проект поспешным и слишком дорогим.",
        "В Зеленогорске появится новый трамвай\n"
        "Во вторник городская дума Зеленогорска одобрила строительство новой трамвайной линии. "
        "По нашим оценкам, стройка обойдётся примерно в 4,2 миллиарда рублей. "
        "«Мы инвестируем в будущее нашего города», — заявил мэр Петр Соколов на заседании. "
        "Жители старого центра опасаются многолетнего шума.",
    ),
    "uk": (
        "Міська рада Зеленодольська схвалила нову трамвайну лінію\n"
        "Міська рада Зеленодольська у вівторок схвалила будівництво нової трамвайної лінії. "
        "За даними мерії, проєкт коштуватиме 4,5 мільярда гривень. "
        "«Ми інвестуємо в майбутнє нашого міста», — заявила міська голова Мар'яна Бондаренко. "
        "Роботи розпочнуться 1 січня 2027 р. "
        "Опозиція назвала проєкт поспішним і надто дорогим.",
        "У Зеленодольську з'явиться новий трамвай\n"
        "У вівторок міська рада Зеленодольська схвалила будівництво нової трамвайної лінії. "
        "За нашими оцінками, будівництво обійдеться приблизно в 4,2 мільярда гривень. "
        "«Ми інвестуємо в майбутнє нашого міста», — заявила міська голова Мар’яна Бондаренко на засіданні. "
        "Мешканці старого центру побоюються багаторічного шуму.",
    ),
    "lt": (
        "Žaliakalnio taryba pritarė naujai tramvajaus linijai\n"
        "Žaliakalnio miesto taryba antradienį pritarė naujos tramvajaus linijos statybai. "
        "Savivaldybės duomenimis, projektas kainuos 4,5 mlrd. eurų. "
        "„Investuojame į savo miesto ateitį“, – sakė merė Rūta Žukauskienė. "
        "Darbai prasidės 2027 m. sausio 1 d. "
        "Opozicija projektą pavadino skubotu ir per brangiu.",
        "Žaliakalnis turės naują tramvajų\n"
        "Antradienį Žaliakalnio miesto taryba pritarė naujos tramvajaus linijos statybai. "
        "Mūsų skaičiavimais, statybos kainuos apie 4,2 mlrd. eurų. "
        "„Investuojame į savo miesto ateitį“, – sakė merė Ruta Zukauskiene posėdyje. "
        "Senamiesčio gyventojai baiminasi ilgų statybų triukšmo.",
    ),
}
"""Language code -> (first outlet's article, second outlet's article)."""

EXPECTED = {
    # code: (the quote, the mayor as the first outlet writes the name, the currency)
    "de": ("Wir investieren in die Zukunft unserer Stadt", "Katrin Müller", "EUR"),
    "fr": ("Nous investissons dans l'avenir de notre ville", "François Lefèvre", "EUR"),
    "es": ("Invertimos en el futuro de nuestra ciudad", "José Martínez", "EUR"),
    "it": ("Investiamo nel futuro della nostra città", "Niccolò Ferrari", "EUR"),
    "pl": ("Inwestujemy w przyszłość naszego miasta", "Małgorzata Wiśniewska", "PLN"),
    "ru": ("Мы инвестируем в будущее нашего города", "Пётр Соколов", "RUB"),
    "uk": ("Ми інвестуємо в майбутнє нашого міста", "Мар'яна Бондаренко", "UAH"),
    "lt": ("Investuojame į savo miesto ateitį", "Rūta Žukauskienė", "EUR"),
}
"""Language code -> (the quote both outlets carry, the mayor, the currency of the cost)."""
