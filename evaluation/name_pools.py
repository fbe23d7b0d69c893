"""The names `name_variants` draws its pairs from, written for this evaluation: people of eight
origins with their native scripts and the romanisations in common use, and the words and legal
forms of invented companies under nine jurisdictions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Name:
    forms: tuple[str, ...]  # Latin spellings in use, the usual one first
    script: str = ""  # Cyrillic, Arabic, Hangul or simplified Chinese
    traditional: str = ""  # traditional Chinese


def pool(text: str) -> tuple[Name, ...]:
    """'张|張=Zhang Сергей=Sergei/Sergey Al-Rashid/Al_Rashid Smith': script=Latin/Latin, _ a space."""
    names = []
    for item in text.split():
        script, _, latin = item.rpartition("=")
        simplified, _, traditional = script.partition("|")
        forms = tuple(f.replace("_", " ") for f in latin.split("/"))
        names.append(Name(forms, simplified, traditional or simplified))
    return tuple(names)


@dataclass(frozen=True, slots=True)
class Origin:
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]
    middle: str = ""  # "given", "patronymic", "father", "surname" (a second one, last) or none
    family_first: bool = False


# fmt: off
ORIGINS = {
    "english": Origin(
        pool("""John Michael David James Robert William Richard Thomas Christopher Daniel Matthew
            Andrew Jonathan Stephen Edward Patrick Anthony George Peter Mark Paul Simon"""),
        pool("""Mary Elizabeth Sarah Jennifer Patricia Margaret Catherine Rebecca Emily Charlotte
            Victoria Susan Helen Rachel Joanna Louise Anne Caroline Fiona Claire"""),
        pool("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore
            Jackson Thompson White Harris Clarke Lewis Robinson Walker Wright Mitchell Campbell
            Stewart Morrison Fletcher Harrington Bennett Whitaker Pemberton O'Brien O'Connor
            O'Neill Gallagher Sutherland Ashworth Holloway Kensington Underwood"""),
        middle="given",
    ),
    "spanish": Origin(
        pool("""José Juan Carlos Luis Miguel Javier Alejandro Francisco Fernando Ricardo Andrés
            Sebastián Raúl Jesús Sergio Diego Rodrigo Gonzalo Ignacio Martín"""),
        pool("""María Carmen Lucía Isabel Sofía Gabriela Valentina Beatriz Mercedes Dolores Pilar
            Rocío Inés Verónica Adriana Natalia Ximena Paula Elena Julia"""),
        pool("""García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres
            Flores Rivera Gómez Díaz Morales Jiménez Ruiz Álvarez Castillo Ortega Vargas Mendoza
            Guzmán Herrera Medina Castañeda Domínguez Echeverría Valenzuela Montoya"""),
        middle="surname",
    ),
    "german": Origin(
        pool("""Hans Klaus Jürgen Wolfgang Stefan Andreas Matthias Michael Dieter Jörg Günter
            Markus Tobias Florian Sebastian Ulrich Bernd Rüdiger Heinrich Friedrich"""),
        pool("""Sabine Ursula Petra Monika Claudia Katrin Birgit Brigitte Gabriele Renate Jutta
            Susanne Annegret Dörte Bärbel Franziska Johanna Friederike Christiane Hannelore"""),
        pool("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
            Schäfer Koch Bauer Richter Klein Schröder Neumann Schwarz Zimmermann Braun Krüger
            Hartmann Lange Köhler Weiß Jäger Günther Vogel Friedrich Lehmann Großmann Brückner"""),
        middle="given",
    ),
    "french": Origin(
        pool("""Jean Pierre François Philippe Michel Nicolas Sébastien Jean-Pierre Jean-Luc
            Jérôme Laurent Olivier Thierry Frédéric Guillaume Étienne Benoît Mathieu"""),
        pool("""Marie Hélène Béatrice Élodie Amélie Nathalie Isabelle Sophie Marie-Claire
            Anne-Sophie Céline Véronique Françoise Geneviève Mélanie Aurélie Sandrine"""),
        pool("""Dubois Lefèvre Moreau Laurent Girard Rousseau Fontaine Chevalier Mercier Bonnet
            Lambert Faure Lemaire Beaumont Delacroix Marchand Bertrand Fournier Garnier
            Lefebvre Perrin Chauvin Gauthier Boucher"""),
        middle="given",
    ),
    "arabic": Origin(
        pool("""محمد=Muhammad/Mohammed/Mohamed/Mohammad أحمد=Ahmed/Ahmad علي=Ali حسن=Hassan/Hasan
            حسين=Hussein/Hussain/Husain عمر=Omar/Umar خالد=Khalid/Khaled يوسف=Yousef/Youssef/Yusuf
            إبراهيم=Ibrahim/Ebrahim عبدالله=Abdullah/Abdallah مصطفى=Mustafa/Mostafa
            طارق=Tariq/Tarek/Tareq سعيد=Saeed/Said كريم=Karim/Kareem فيصل=Faisal/Faysal
            ماجد=Majid/Majed نبيل=Nabil/Nabeel وليد=Walid/Waleed جمال=Jamal/Gamal"""),
        pool("""فاطمة=Fatima/Fatma/Fatimah عائشة=Aisha/Aysha مريم=Maryam/Mariam
            ليلى=Layla/Leila/Laila نور=Nour/Noor سارة=Sara/Sarah هدى=Huda/Hoda
            زينب=Zainab/Zaynab/Zeinab أمل=Amal رانيا=Rania/Ranya"""),
        pool("""حداد=Haddad منصور=Mansour/Mansur ناصر=Nasser/Nasir عباس=Abbas صالح=Saleh/Salih
            حمدان=Hamdan الرشيد=Al-Rashid/Al_Rashid/Alrashid المصري=Al-Masri/El-Masri/Almasri
            درويش=Darwish/Darwich قاسم=Qasim/Kassem/Qassem فاروق=Farouk/Faruq/Farooq عزيز=Aziz
            شاكر=Shakir/Shaker عثمان=Othman/Osman/Uthman البكري=Al-Bakri/El-Bakry
            يونس=Younis/Yunus/Younes حمود=Hamoud/Hammoud الشامي=Al-Shami/Al_Shami/El-Shami
            خليل=Khalil/Khaleel الزين=Al-Zein/Al-Zain/El-Zein"""),
        middle="father",
    ),
    "russian": Origin(
        pool("""Сергей=Sergei/Sergey Алексей=Aleksei/Alexei/Alexey Александр=Aleksandr/Alexander
            Андрей=Andrei/Andrey Дмитрий=Dmitry/Dmitri/Dmitriy Юрий=Yuri/Yury/Yuriy
            Евгений=Evgeny/Yevgeny/Evgeniy Николай=Nikolai/Nikolay Михаил=Mikhail
            Владимир=Vladimir Игорь=Igor Олег=Oleg Виктор=Viktor/Victor Павел=Pavel
            Григорий=Grigory/Grigoriy Фёдор=Fyodor/Fedor Вячеслав=Vyacheslav/Viacheslav
            Анатолий=Anatoly/Anatoliy Максим=Maksim/Maxim Константин=Konstantin Борис=Boris"""),
        pool("""Елена=Elena/Yelena Ольга=Olga Наталья=Natalya/Natalia Татьяна=Tatyana/Tatiana
            Юлия=Yulia/Yuliya Екатерина=Ekaterina/Yekaterina Мария=Maria/Mariya Ирина=Irina
            Светлана=Svetlana Ксения=Ksenia/Kseniya Анна=Anna Людмила=Lyudmila/Ludmila
            Галина=Galina Надежда=Nadezhda"""),
        pool("""Иванов=Ivanov Смирнов=Smirnov Кузнецов=Kuznetsov Попов=Popov Соколов=Sokolov
            Лебедев=Lebedev Козлов=Kozlov Новиков=Novikov Морозов=Morozov Волков=Volkov
            Соловьёв=Solovyov/Soloviev/Solovyev Васильев=Vasilyev/Vasiliev
            Зайцев=Zaitsev/Zaytsev Семёнов=Semyonov/Semenov Воробьёв=Vorobyov/Vorobiev
            Фёдоров=Fyodorov/Fedorov Михайлов=Mikhailov/Mikhaylov Беляев=Belyaev/Belyayev
            Киселёв=Kiselyov/Kiselev Андреев=Andreev/Andreyev Ковалёв=Kovalyov/Kovalev
            Кудрявцев=Kudryavtsev/Kudriavtsev Алексеев=Alekseev/Alexeyev/Alekseyev
            Яковлев=Yakovlev/Iakovlev Сорокин=Sorokin Захаров=Zakharov Медведев=Medvedev
            Григорьев=Grigoryev/Grigoriev Никитин=Nikitin Поляков=Polyakov/Poliakov
            Цветков=Tsvetkov Журавлёв=Zhuravlyov/Zhuravlev Николаев=Nikolaev/Nikolayev
            Щербаков=Shcherbakov/Scherbakov Афанасьев=Afanasyev/Afanasiev Тихонов=Tikhonov
            Вишневский=Vishnevsky/Vishnevskiy Островский=Ostrovsky/Ostrovskiy
            Ермаков=Ermakov/Yermakov Калашников=Kalashnikov Прохоров=Prokhorov Орлов=Orlov"""),
        middle="patronymic",
    ),
    "chinese": Origin(
        pool("""伟|偉=Wei 强|強=Qiang 磊=Lei 军|軍=Jun 勇=Yong 杰|傑=Jie 涛|濤=Tao 明=Ming
            超=Chao 刚|剛=Gang 建华|建華=Jianhua 建国|建國=Jianguo 志强|志強=Zhiqiang
            晓明|曉明=Xiaoming 国强|國強=Guoqiang 文军|文軍=Wenjun 永刚|永剛=Yonggang
            建军|建軍=Jianjun 俊杰|俊傑=Junjie 鹏|鵬=Peng 辉|輝=Hui 斌=Bin 浩=Hao 凯|凱=Kai
            东|東=Dong 龙|龍=Long 飞|飛=Fei 思远|思遠=Siyuan 国栋|國棟=Guodong
            卫东|衛東=Weidong 振华|振華=Zhenhua"""),
        pool("""芳=Fang 娜=Na 敏=Min 静|靜=Jing 丽|麗=Li 艳|艷=Yan 秀英=Xiuying 霞=Xia
            桂英=Guiying 海燕=Haiyan 春梅=Chunmei 红梅|紅梅=Hongmei 丽娟|麗娟=Lijuan
            玉兰|玉蘭=Yulan 婷=Ting 雪=Xue 嘉怡=Jiayi 子涵=Zihan 晓红|曉紅=Xiaohong 美玲=Meiling"""),
        pool("""王=Wang 李=Li 张|張=Zhang 刘|劉=Liu 陈|陳=Chen 杨|楊=Yang 黄|黃=Huang 赵|趙=Zhao
            吴|吳=Wu 周=Zhou 徐=Xu 孙|孫=Sun 马|馬=Ma 朱=Zhu 胡=Hu 郭=Guo 何=He 高=Gao 林=Lin
            罗|羅=Luo 郑|鄭=Zheng 梁=Liang 谢|謝=Xie 宋=Song 唐=Tang 韩|韓=Han 冯|馮=Feng
            邓|鄧=Deng 曹=Cao 彭=Peng 萧|蕭=Xiao 蒋|蔣=Jiang 叶|葉=Ye 苏|蘇=Su 卢|盧=Lu
            钟|鍾=Zhong 陆|陸=Lu 贾|賈=Jia 沈=Shen 姚=Yao"""),
        family_first=True,
    ),
    "korean": Origin(
        pool("""민준=Min-jun/Min-joon/Minjun 지훈=Ji-hoon/Ji-hun/Jihoon 현우=Hyun-woo/Hyeon-u
            도윤=Do-yun/Do-yoon 준호=Jun-ho/Joon-ho 성민=Sung-min/Seong-min
            동현=Dong-hyun/Dong-hyeon 상훈=Sang-hoon/Sang-hun 영수=Young-soo/Yeong-su
            재원=Jae-won/Jaewon"""),
        pool("""서연=Seo-yeon/Seoyeon 지민=Ji-min/Jimin 수빈=Su-bin/Soo-bin 예은=Ye-eun/Yeeun
            하은=Ha-eun/Haeun 영희=Young-hee/Yeong-hui 은지=Eun-ji/Eunji 미영=Mi-young/Mi-yeong
            혜진=Hye-jin/Hyejin 수진=Su-jin/Soo-jin"""),
        pool("""김=Kim/Gim 이=Lee/Yi/Rhee 박=Park/Pak/Bak 최=Choi/Choe 정=Jung/Jeong/Chung
            강=Kang 조=Cho/Jo 윤=Yoon/Yun 장=Jang/Chang 임=Lim/Im 한=Han 서=Seo/Suh 신=Shin/Sin
            권=Kwon/Gwon 황=Hwang 송=Song 홍=Hong 문=Moon/Mun 배=Bae"""),
        family_first=True,
    ),
}
PATRONYMIC_M = pool("""Сергеевич=Sergeyevich/Sergeevich Александрович=Aleksandrovich/Alexandrovich
    Владимирович=Vladimirovich Николаевич=Nikolayevich/Nikolaevich Викторович=Viktorovich
    Михайлович=Mikhailovich/Mikhaylovich Юрьевич=Yuryevich/Yurievich Игоревич=Igorevich
    Андреевич=Andreyevich/Andreevich Петрович=Petrovich Иванович=Ivanovich Олегович=Olegovich
    Дмитриевич=Dmitriyevich/Dmitrievich Анатольевич=Anatolyevich/Anatolievich""")
PATRONYMIC_F = pool("""Сергеевна=Sergeyevna/Sergeevna Александровна=Aleksandrovna/Alexandrovna
    Владимировна=Vladimirovna Николаевна=Nikolayevna/Nikolaevna Викторовна=Viktorovna
    Михайловна=Mikhailovna/Mikhaylovna Юрьевна=Yuryevna/Yurievna Игоревна=Igorevna
    Андреевна=Andreyevna/Andreevna Петровна=Petrovna Ивановна=Ivanovna Олеговна=Olegovna
    Дмитриевна=Dmitriyevna/Dmitrievna Анатольевна=Anatolyevna/Anatolievna""")
# fmt: on


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    forms: tuple[tuple[str, ...], ...]  # each: spellings of one legal form, the usual one first
    sectors: tuple[str, ...]
    words: tuple[str, ...]  # distinctive words used there, beside the shared ones
    prefix: bool = False  # the form may lead: JSC "Volga Invest"


# fmt: off
WORDS = tuple("""Meridian Northgate Halcyon Bluewater Crestline Aldridge Karavan Orion Silverline
    Zenith Pinnacle Amberley Kestrel Sablon Tamarind Corvus Vantage Helios Arcadia Falcon Granite
    Redwood Sterling Avalon Cobalt Beacon Summit Lumen Evergreen Highland Atlas Triton Boreal
    Nimbus Sextant Sirocco Caspian Aurora Solstice Vanguard Ironbridge Westmark Eastway Marlow
    Thornbury Calder Kingsway Ravenscroft Alder Brightwater Oakridge Stonehaven Golden Pacific
    Northern Crown Eagle Polar Unity Horizon""".split())
EN = tuple("""Shipping Mining Trading Holdings Logistics Energy Petroleum Capital Investments
    Construction Steel Metals Chemicals Pharmaceuticals Textiles Agro Telecom Aviation Marine
    Finance Security Technologies Consulting Engineering Foods Minerals Resources Industries
    Ventures Properties Transport""".split())
JURISDICTIONS = {
    "uk": Jurisdiction(
        (("Ltd", "Ltd.", "Limited", "LTD"), ("PLC", "plc", "Public Limited Company")), EN, ()),
    "us": Jurisdiction(
        (("Inc", "Inc.", "Incorporated"), ("LLC", "L.L.C.", "Limited Liability Company"),
         ("Corp", "Corp.", "Corporation")),
        EN, ()),
    "de": Jurisdiction(
        (("GmbH", "Gesellschaft mit beschränkter Haftung"), ("AG", "Aktiengesellschaft"),
         ("GmbH & Co. KG", "GmbH & Co KG")),
        tuple("""Handel Logistik Maschinenbau Immobilien Energie Stahlbau Chemie Verwaltung
            Beteiligungen Anlagenbau""".split()),
        tuple("Nordhafen Rheintal Alpenblick Hansa Elbtal Schwarzwald Bergmann Lindenhof".split())),
    "ru": Jurisdiction(
        (("JSC", "AO", "Joint Stock Company", "Joint-Stock Company"),
         ("LLC", "OOO", "Limited Liability Company"),
         ("PJSC", "PAO", "Public Joint Stock Company"),
         ("OJSC", "OAO", "Open Joint Stock Company"),
         ("CJSC", "ZAO", "Closed Joint Stock Company")),
        tuple("Invest Trans Stroy Neftegaz Energo Prom Agro Telecom Leasing Metall".split()),
        tuple("Vostok Volga Sibir Baikal Ural Neva Amur Taiga Zarya Rassvet Almaz Yenisei".split()),
        prefix=True),
    "es": Jurisdiction(
        (("SA", "S.A.", "Sociedad Anónima"), ("SL", "S.L.", "Sociedad Limitada")),
        tuple("""Transportes Inversiones Construcciones Minera Comercial Energía Naviera Agrícola
            Inmobiliaria""".split()),
        ("Andina", "Cordillera", "Alborada", "Meseta", "Costa Verde", "Valdivia", "Montecristo")),
    "fr": Jurisdiction(
        (("SA", "S.A.", "Société Anonyme"),
         ("SARL", "S.A.R.L.", "Société à responsabilité limitée"),
         ("SAS", "S.A.S.", "Société par actions simplifiée")),
        tuple("""Transports Investissements Construction Énergie Négoce Industries Immobilier
            Ingénierie""".split()),
        tuple("Lumière Rivage Étoile Azur Belvédère Beaulieu Montclair Valmont".split())),
    "nl": Jurisdiction(
        (("BV", "B.V.", "Besloten Vennootschap"), ("NV", "N.V.", "Naamloze Vennootschap")),
        tuple("Scheepvaart Handel Beheer Transport Bouw Energie".split()),
        tuple("Noordzee Zuiderzee Waddenzee Oranje Vlieland Dijkstra".split())),
    "ae": Jurisdiction(
        (("FZE", "F.Z.E.", "Free Zone Establishment"), ("FZCO", "FZ Co", "Free Zone Company"),
         ("LLC", "L.L.C.", "Limited Liability Company")),
        EN, tuple("Oasis Dunes Zahra Noor Jumeirah Khaleej Sahara Qamar".split())),
    "hk": Jurisdiction(
        (("Co., Ltd.", "Co. Ltd", "Company Limited", "Co Ltd"), ("Limited", "Ltd", "Ltd.")),
        EN, tuple("Jade Pearl Dragon Phoenix Fortune Harmony Everbright Kowloon Lotus".split())),
}
# fmt: on
