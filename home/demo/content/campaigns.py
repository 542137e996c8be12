"""The three campaign pages: rebuild asylum, limit detention, community-based welcome.

Figures, dates and demands come from real campaigns of 2020–2022; every sentence is ours.
"""

from ..pages import DemoPage
from ..stream import image, link
from ..text import R, T, p, same
from .stories import stories_block

DETENTION_SOURCE = T("Federal detention statistics", "Estadísticas federales de detención")
DETENTION_SOURCE_URL = "https://example.org/sources/detention-statistics"


def demand(en, es):
    return R(f"<p>{en}</p>", f"<p>{es}</p>")


# Rebuild asylum ------------------------------------------------------------------------------


def rebuild_asylum(ctx):
    return {
        "kicker": T("Campaign", "Campaña"),
        "search_description": T(
            "Why the right to ask for asylum at the border must be restored, the six demands "
            "families at the border sent to incoming leaders, and how to add your voice.",
            "Por qué hay que restablecer el derecho a pedir asilo en la frontera, las seis "
            "exigencias que las familias en la frontera enviaron a los nuevos gobernantes y cómo "
            "sumar tu voz.",
        ),
        "intro": T(
            "Asking for protection is a human and legal right. Years of closed crossings, "
            "expulsions and waiting lists have emptied it of meaning. We want it back.",
            "Pedir protección es un derecho humano y legal. Años de cruces cerrados, expulsiones "
            "y listas de espera lo han vaciado de sentido. Queremos recuperarlo.",
        ),
        "hero_image": ctx.image("open-doors"),
        "hero_image_alt": T(
            "Three arched doorways standing open onto warm light.",
            "Tres puertas en arco abiertas hacia una luz cálida.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "text",
                p(
                    T(
                        "Families have waited more than a year in border cities for an answer "
                        "to their claims, in places where they are not safe. Rules that make "
                        "people wait in Mexico, cap how many claims are heard each day or expel "
                        "people in the name of public health have kept many from ever reaching "
                        "a hearing.",
                        "Hay familias que llevan más de un año esperando en ciudades fronterizas "
                        "una respuesta a su solicitud, en lugares donde no están a salvo. Las "
                        "reglas que obligan a esperar en México, que limitan cuántas solicitudes "
                        "se escuchan cada día o que expulsan a las personas en nombre de la "
                        "salud pública han impedido a muchas llegar siquiera a una audiencia.",
                    ),
                    T(
                        "Undoing those rules is the start, not the finish. The harm already done "
                        "needs repair, and welcome needs places, people and funding.",
                        "Revertir esas reglas es el comienzo, no el final. El daño causado "
                        "necesita reparación, y la acogida necesita lugares, personas y recursos.",
                    ),
                ),
            ),
            (
                "demands",
                {
                    "heading": T(
                        "Six demands to incoming leaders",
                        "Seis exigencias a los nuevos gobernantes",
                    ),
                    "intro": p(
                        T(
                            "Families waiting at the border wrote to the new administration "
                            "before it took office, and anyone could co-sign. Each signer's "
                            "senators and representative received a similar message. We asked "
                            "for a reply before the new government's hundredth day.",
                            "Familias que esperaban en la frontera escribieron al nuevo gobierno "
                            "antes de que asumiera el cargo, y cualquier persona podía sumar su "
                            "firma. Los senadores y el representante de cada firmante recibieron "
                            "un mensaje similar. Pedimos una respuesta antes del día cien del "
                            "nuevo gobierno.",
                        )
                    ),
                    "demands": [
                        demand(
                            "Open the border to people asking for asylum and stop expulsions "
                            "under the public-health order known as Title 42.",
                            "Abrir la frontera a quienes piden asilo y detener las expulsiones "
                            "bajo la orden sanitaria conocida como Título 42.",
                        ),
                        demand(
                            "Shut down Remain in Mexico, so that people pursue their cases "
                            "inside the United States and in freedom: not in detention, not "
                            "wearing ankle monitors.",
                            "Poner fin al programa Quédate en México, para que las personas "
                            "sigan su caso dentro de Estados Unidos y en libertad: ni en "
                            "detención ni con grilletes electrónicos.",
                        ),
                        demand(
                            "Do away with the asylum waiting list and hire more trained asylum "
                            "officers.",
                            "Acabar con la lista de espera del asilo y contratar más oficiales "
                            "de asilo capacitados.",
                        ),
                        demand(
                            "Stop separating families, and reunite those already separated.",
                            "Dejar de separar a las familias y reunir a las que ya fueron "
                            "separadas.",
                        ),
                        demand(
                            "Guarantee a lawyer for every person seeking asylum.",
                            "Garantizar representación legal a toda persona que solicita asilo.",
                        ),
                        demand(
                            "Protect the right to ask for asylum of those most at risk, "
                            "including pregnant women and children travelling alone.",
                            "Proteger el derecho a pedir asilo de quienes corren más riesgo, "
                            "entre ellas las mujeres embarazadas y los niños que viajan solos.",
                        ),
                    ],
                },
            ),
            (
                "two_column",
                {
                    "text": R(
                        "<h2>97 organisations, one letter</h2>"
                        "<p>Ninety-seven groups working on both sides of the border signed a "
                        "joint letter calling for an asylum system that treats people with "
                        "humanity. Among the changes it asked for:</p>"
                        "<ul><li>no detention and no GPS ankle monitors for people let in "
                        "after waiting in Mexico;</li>"
                        "<li>a direct line for lawyers to raise urgent cases with the border "
                        "and immigration agencies;</li>"
                        "<li>the most vulnerable people processed first, without holding up "
                        "everyone else.</li></ul>",
                        "<h2>97 organizaciones, una carta</h2>"
                        "<p>Noventa y siete grupos que trabajan a ambos lados de la frontera "
                        "firmaron una carta conjunta que pide un sistema de asilo que trate a "
                        "las personas con humanidad. Entre los cambios que pedía:</p>"
                        "<ul><li>ni detención ni grilletes GPS para quienes entran tras esperar "
                        "en México;</li>"
                        "<li>una línea directa para que los abogados planteen casos urgentes a "
                        "las agencias fronterizas y migratorias;</li>"
                        "<li>atender primero a las personas más vulnerables, sin frenar los "
                        "demás casos.</li></ul>",
                    ),
                    "image": image(
                        ctx.image("border-map"),
                        T(
                            "A map-like line from coast to coast, marked with 97 small points.",
                            "Una línea como de mapa, de costa a costa, marcada con 97 puntos "
                            "pequeños.",
                        ),
                    ),
                    "image_side": "end",
                },
            ),
            (
                "accordion",
                {
                    "heading": T("Asylum in brief", "El asilo en pocas palabras"),
                    "items": [
                        {
                            "title": T("What is asylum?", "¿Qué es el asilo?"),
                            "body": p(
                                T(
                                    "Protection a country gives to someone who cannot safely "
                                    "go home because of who they are or what they believe.",
                                    "Es la protección que un país da a una persona que no puede "
                                    "volver a su país sin peligro por quién es o por lo que "
                                    "piensa.",
                                )
                            ),
                        },
                        {
                            "title": T(
                                "Is it legal to ask for asylum at the border?",
                                "¿Es legal pedir asilo en la frontera?",
                            ),
                            "body": p(
                                T(
                                    "Yes. US law and international refugee law both recognise "
                                    "the right to ask for protection, whether or not a person "
                                    "arrived at an official crossing.",
                                    "Sí. Tanto la ley estadounidense como el derecho "
                                    "internacional de los refugiados reconocen el derecho a "
                                    "pedir protección, se haya llegado o no por un cruce "
                                    "oficial.",
                                )
                            ),
                        },
                        {
                            "title": T(
                                "Why does a lawyer matter so much?",
                                "¿Por qué importa tanto tener un abogado?",
                            ),
                            "body": p(
                                T(
                                    "Asylum law is complex and hearings are held in English. "
                                    "People with legal help are far more likely to win the "
                                    "protection they are entitled to.",
                                    "Las leyes de asilo son complejas y las audiencias se "
                                    "celebran en inglés. Quienes cuentan con asesoría legal "
                                    "tienen muchas más probabilidades de obtener la protección "
                                    "a la que tienen derecho.",
                                )
                            ),
                        },
                    ],
                },
            ),
            (
                "video",
                {
                    "title": T(
                        "Why we ask for asylum to be rebuilt",
                        "Por qué pedimos reconstruir el asilo",
                    ),
                    "url": "https://video.example.org/border-humanity/rebuild-asylum",
                    "poster": image(
                        ctx.image("video-poster"),
                        T(
                            "Video: why we ask for asylum to be rebuilt",
                            "Video: por qué pedimos reconstruir el asilo",
                        ),
                    ),
                    "duration": same("2:10"),
                    "transcript": p(
                        T(
                            "A volunteer at a shelter in a border city explains how families "
                            "wait months for an appointment, what the wait does to children, "
                            "and what a fair process would change.",
                            "Una voluntaria de un albergue en una ciudad fronteriza explica cómo "
                            "las familias esperan meses por una cita, qué le hace esa espera a "
                            "los niños y qué cambiaría con un proceso justo.",
                        ),
                        T(
                            "A lawyer then goes through the six demands, one by one.",
                            "Después, un abogado repasa las seis exigencias, una por una.",
                        ),
                    ),
                },
            ),
            (
                "demands",
                {
                    "heading": T("What our petition asks", "Lo que pide nuestra petición"),
                    "demands": [
                        demand(
                            "Stop deportations to Haiti and every policy that blocks people "
                            "from seeking protection at the border.",
                            "Detener las deportaciones a Haití y toda política que impida pedir "
                            "protección en la frontera.",
                        ),
                        demand(
                            "Stop expelling people under Title 42, whatever their nationality, "
                            "and let people ask for asylum at the border again, at official "
                            "crossings too.",
                            "Dejar de expulsar a personas bajo el Título 42, sea cual sea su "
                            "nacionalidad, y permitir de nuevo que se pida asilo en la frontera, "
                            "también en los cruces oficiales.",
                        ),
                        demand(
                            "End Remain in Mexico for good.",
                            "Terminar para siempre con Quédate en México.",
                        ),
                        demand(
                            "Build asylum anew: fair, humane and protective of everyone's rights.",
                            "Construir de nuevo el asilo: justo, humano y protector de los "
                            "derechos de todas las personas.",
                        ),
                        demand(
                            "Treat migration as a humanitarian matter, not as a threat.",
                            "Tratar la migración como un asunto humanitario, no como una amenaza.",
                        ),
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("Add your name", "Suma tu firma"),
                    "text": p(
                        T(
                            "Ask the president to keep the promise of a humane asylum system "
                            "and to stop expulsions at the border.",
                            "Pide al presidente que cumpla su promesa de un sistema de asilo "
                            "humano y que detenga las expulsiones en la frontera.",
                        )
                    ),
                    "link": link(
                        T("Sign the petition", "Firma la petición"),
                        url="https://example.org/petition",
                    ),
                    "style": "primary",
                },
            ),
        ],
    }


REBUILD_ASYLUM = DemoPage(
    key="rebuild-asylum",
    model="campaigns.CampaignPage",
    parent="home",
    title=T("Rebuild asylum", "Reconstruir el asilo"),
    slug=T("rebuild-asylum", "reconstruir-el-asilo"),
    content=rebuild_asylum,
)


# Limit detention -----------------------------------------------------------------------------


def statistic(number, label, as_of):
    return {
        "number": number,
        "label": label,
        "as_of": as_of,
        "source_name": DETENTION_SOURCE,
        "source_url": DETENTION_SOURCE_URL,
    }


def limit_detention(ctx):
    return {
        "kicker": T("Detention", "Detención"),
        "search_description": T(
            "Immigration detention in figures, each with the date it was true; what we ask "
            "Congress to cut and to fund; and three ways to act, whatever time you have.",
            "La detención migratoria en cifras, cada una con su fecha; lo que pedimos al "
            "Congreso recortar y financiar; y tres formas de actuar, tengas el tiempo que tengas.",
        ),
        "intro": T(
            "Asking for protection is not a crime, and neither is wanting to keep a family "
            "together. People can follow their cases from home, with community support, instead "
            "of from a cell.",
            "Pedir protección no es un delito, y querer mantener unida a la familia tampoco. "
            "Las personas pueden seguir su caso desde casa, con el apoyo de la "
            "comunidad, y no desde una celda.",
        ),
        "hero_image": ctx.image("detention-figure"),
        "hero_image_alt": T(
            "The figure 23,753 over rows of small grey squares.",
            "La cifra 23,753 sobre hileras de pequeños cuadros grises.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "text",
                p(
                    T(
                        "Every day people are held in harsh, sometimes deadly conditions, then "
                        "deported to the danger they fled. Others are turned back at the border "
                        "before they can ask for protection. The people hit hardest are "
                        "overwhelmingly from Black, Brown and Indigenous communities.",
                        "Cada día se retiene a personas en condiciones duras, a veces mortales, "
                        "y luego se las deporta al peligro del que huyeron. A otras se las "
                        "rechaza en la frontera antes de que puedan pedir protección. Quienes más "
                        "lo sufren pertenecen en su inmensa mayoría a comunidades negras, morenas "
                        "e indígenas.",
                    ),
                    T(
                        "People with family, a congregation or a sponsor here can live with "
                        "them while their case goes forward, backed by local nonprofits.",
                        "Quienes tienen aquí familia, una comunidad de fe o un patrocinador "
                        "pueden vivir con ellos mientras avanza su caso, con el respaldo de "
                        "organizaciones locales sin fines de lucro.",
                    ),
                ),
            ),
            (
                "statistics",
                {
                    "heading": T("Detention in numbers", "La detención en cifras"),
                    "statistics": [
                        statistic(
                            same("23,753"),
                            T(
                                "people held in immigration detention",
                                "personas en detención migratoria",
                            ),
                            "2022-07-11",
                        ),
                        statistic(
                            same("137"),
                            T(
                                "detention facilities with at least one confirmed COVID-19 case",
                                "centros de detención con al menos un caso confirmado de COVID-19",
                            ),
                            "2022-07-11",
                        ),
                        statistic(
                            same("284,813"),
                            T(
                                "people and families tracked by electronic monitoring, "
                                "presented as an 'alternative to detention'",
                                "personas y familias vigiladas con monitoreo electrónico, "
                                "presentado como «alternativa a la detención»",
                            ),
                            "2022-07-04",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T("What Congress is deciding", "Lo que decide el Congreso"),
                    "level": "h2",
                    "anchor": T("congress", "congreso"),
                },
            ),
            (
                "text",
                R(
                    "<p>The budget Congress is negotiating for fiscal 2023 could:</p><ul>"
                    "<li>cut funded detention from an average of 34,000 people a day to "
                    "25,000, the lowest level in almost twenty years;</li>"
                    "<li>hand $24 billion to the detention and deportation system;</li>"
                    "<li>keep Title 42 alive, a rule that has cost lives and shuts people out "
                    "of asylum.</li></ul>",
                    "<p>El presupuesto que negocia el Congreso para el año fiscal 2023 "
                    "podría:</p><ul>"
                    "<li>reducir la detención financiada de un promedio de 34,000 personas al "
                    "día a 25,000, el nivel más bajo en casi veinte años;</li>"
                    "<li>entregar 24,000 millones de dólares al sistema de detención y "
                    "deportación;</li>"
                    "<li>mantener vivo el Título 42, una regla que ha costado vidas y deja a "
                    "las personas fuera del asilo.</li></ul>",
                ),
            ),
            (
                "demands",
                {
                    "heading": T("What we ask of Congress", "Lo que pedimos al Congreso"),
                    "demands": [
                        demand(
                            "Fund no more than 25,000 detention beds a day, and keep shrinking "
                            "from there.",
                            "Financiar como máximo 25,000 camas de detención al día, y seguir "
                            "reduciendo a partir de ahí.",
                        ),
                        demand(
                            "Move money from detention to legal help and community case "
                            "management.",
                            "Pasar el dinero de la detención a la asesoría legal y al "
                            "acompañamiento comunitario de casos.",
                        ),
                        demand(
                            "Let Title 42 end, and restore asylum at the border.",
                            "Dejar que termine el Título 42 y restablecer el asilo en la frontera.",
                        ),
                        demand(
                            "Keep family detention closed for good.",
                            "Mantener cerrada para siempre la detención de familias.",
                        ),
                        demand(
                            "Replace ankle monitors and phone tracking with support that "
                            "respects people's freedom.",
                            "Sustituir los grilletes electrónicos y el rastreo por teléfono por "
                            "un apoyo que respete la libertad de las personas.",
                        ),
                    ],
                },
            ),
            (
                "action_ladder",
                {
                    "heading": T("Leaders must act now", "Los gobernantes deben actuar ya"),
                    "steps": [
                        {
                            "title": T("Act in one minute", "Actúa en un minuto"),
                            "text": T(
                                "Send your members of Congress a message: no new money for "
                                "detention.",
                                "Envía un mensaje a tus representantes en el Congreso: ni un "
                                "dólar más para la detención.",
                            ),
                            "link": link(
                                T("Send a message", "Envía un mensaje"),
                                url="https://example.org/act/message",
                            ),
                        },
                        {
                            "title": T("Got ten minutes?", "¿Tienes diez minutos?"),
                            "text": T(
                                "Call your senators' offices. We give you a short script and "
                                "the numbers.",
                                "Llama a las oficinas de tus senadores. Te damos un guion breve "
                                "y los números.",
                            ),
                            "link": link(
                                T("Get the call script", "Consigue el guion"),
                                url="https://example.org/act/call",
                            ),
                        },
                        {
                            "title": T("Go further", "Comprométete más"),
                            "text": T(
                                "Write to someone in detention, join a visiting program, or "
                                "bring a welcome network to your town.",
                                "Escribe a una persona detenida, únete a un programa de visitas "
                                "o impulsa una red de acogida en tu ciudad.",
                            ),
                            "link": link(
                                T("Find ways to help", "Encuentra formas de ayudar"),
                                page=ctx.page("community-welcome"),
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                {"text": T("Your activism works", "Tu activismo da frutos"), "level": "h2"},
            ),
            (
                "text",
                p(
                    T(
                        "After years of pressure, every child and parent held in family "
                        "detention has been released. It is a step toward ending arbitrary mass "
                        "detention, and we will keep pushing until electronic surveillance "
                        "stops standing in for cells.",
                        "Tras años de presión, todos los niños y padres que estaban en detención "
                        "familiar han sido liberados. Es un paso hacia el fin de la detención "
                        "masiva y arbitraria, y seguiremos presionando hasta que la vigilancia "
                        "electrónica deje de ocupar el lugar de las celdas.",
                    ),
                    T(
                        "People from Cameroon living in the United States won temporary "
                        "protected status: tens of thousands can now stay safe from detention "
                        "and from deportation to a country at war.",
                        "Las personas de Camerún que viven en Estados Unidos obtuvieron el "
                        "estatus de protección temporal: decenas de miles pueden ahora estar a "
                        "salvo de la detención y de la deportación a un país en guerra.",
                    ),
                    T(
                        "People held for more than two years have walked free thanks to their "
                        "lawyers, their sponsors and thousands of letters, and can now pursue "
                        "their cases in safety.",
                        "Personas retenidas durante más de dos años han salido en libertad "
                        "gracias a sus abogados, a sus patrocinadores y a miles de cartas, y "
                        "ahora pueden seguir su caso en un lugar seguro.",
                    ),
                ),
            ),
            (
                "quote",
                {
                    "quote": T(
                        "For two years I counted the days through a narrow window. The first "
                        "morning outside, I heard birds and could not stop crying.",
                        "Durante dos años conté los días por una ventana estrecha. La primera "
                        "mañana afuera oí a los pájaros y no podía dejar de llorar.",
                    ),
                    "person": same("Samuel"),
                    "role": T(
                        "Released after two years in detention (a composite voice)",
                        "Liberado tras dos años de detención (testimonio compuesto)",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("Fund the fight for freedom", "Apoya la lucha por la libertad"),
                    "text": p(
                        T(
                            "Donations pay for bond funds, legal visits and the ride home "
                            "after release.",
                            "Las donaciones pagan fianzas, visitas legales y el viaje a casa al "
                            "salir de la detención.",
                        )
                    ),
                    "link": link(T("Donate", "Dona"), url="https://example.org/donate"),
                    "style": "secondary",
                },
            ),
            (
                "latest_news",
                {
                    "heading": T("In the news", "En las noticias"),
                    "news_index": ctx.page("news").pk,
                    "count": 2,
                },
            ),
            (
                "related_questions",
                {
                    "heading": T("Questions people ask us", "Preguntas que nos hacen"),
                    "questions": [
                        ctx.snippet("q-can-i-be-detained").pk,
                        ctx.snippet("q-alternatives").pk,
                        ctx.snippet("q-what-is-asylum").pk,
                    ],
                    "more": link(
                        T(
                            "All answers on asylum and detention",
                            "Todas las respuestas sobre asilo y detención",
                        ),
                        page=ctx.page("asylum-faqs"),
                    ),
                },
            ),
        ],
    }


LIMIT_DETENTION = DemoPage(
    key="limit-detention",
    model="campaigns.CampaignPage",
    parent="home",
    title=T("Limit detention", "Limitar la detención"),
    slug=T("limit-detention", "limitar-la-detencion"),
    content=limit_detention,
)


# Community-based welcoming programs ----------------------------------------------------------


def community_welcome(ctx):
    return {
        "kicker": T("Campaign", "Campaña"),
        "search_description": T(
            "How community-based welcoming programs work, why nearly everyone in them attends "
            "their hearings, and how your town can start one.",
            "Cómo funcionan los programas de acogida comunitaria, por qué casi todas las "
            "personas que participan acuden a sus audiencias y cómo tu ciudad puede empezar uno.",
        ),
        "intro": T(
            "Welcome works better than a cell. When neighbours, congregations and local groups "
            "receive people, they find lawyers, go to school, keep their appointments and "
            "rebuild their lives.",
            "La acogida funciona mejor que una celda. Cuando vecinos, congregaciones y grupos "
            "locales reciben a las personas, estas encuentran abogados, van a la escuela, "
            "cumplen sus citas y rehacen su vida.",
        ),
        "hero_image": ctx.image("circles-of-welcome"),
        "hero_image_alt": T(
            "Overlapping circles in teal, sand and clay, like people around a table.",
            "Círculos superpuestos en verde azulado, arena y barro, como personas alrededor de "
            "una mesa.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "heading",
                {"text": T("How welcome works", "Cómo funciona la acogida"), "level": "h2"},
            ),
            (
                "two_column",
                {
                    "text": p(
                        T(
                            "A welcoming program pairs each newly arrived person or family with "
                            "a caseworker and a circle of local volunteers. Together they find a "
                            "first home, enrol the children in school and make sure no letter "
                            "from the court goes unread.",
                            "Un programa de acogida une a cada persona o familia recién llegada "
                            "con alguien que acompaña su caso y un círculo de voluntarios "
                            "locales. Juntos encuentran un primer hogar, inscriben a los niños "
                            "en la escuela y se aseguran de que ninguna carta del tribunal se "
                            "quede sin leer.",
                        ),
                        T(
                            "Detention is still the default, although it costs far more and "
                            "damages people's mental health. Community programs cost a fraction "
                            "and keep families together.",
                            "La detención sigue siendo la norma, aunque cuesta mucho más y daña "
                            "la salud mental de las personas. Los programas comunitarios cuestan "
                            "una fracción y mantienen unidas a las familias.",
                        ),
                    ),
                    "image": image(
                        ctx.image("paths-converge"),
                        T(
                            "Coloured paths curving in from the edges to meet in the centre.",
                            "Caminos de colores que llegan desde los bordes y se unen en el "
                            "centro.",
                        ),
                    ),
                    "image_side": "start",
                },
            ),
            (
                "statistics",
                {
                    "heading": T("What the evidence shows", "Lo que muestran los datos"),
                    "statistics": [
                        {
                            "number": T("~100%", "~100 %"),
                            "label": T(
                                "of people in community case management with a lawyer attend "
                                "their court hearings",
                                "de las personas con acompañamiento comunitario y abogado "
                                "asisten a sus audiencias",
                            ),
                            "source_name": T(
                                "Studies of community case management",
                                "Estudios sobre el acompañamiento comunitario de casos",
                            ),
                            "source_url": "https://example.org/sources/case-management",
                        },
                    ],
                },
            ),
            (
                "gallery",
                {
                    "heading": T("Welcome, in pictures", "La acogida en imágenes"),
                    "images": [
                        {
                            "image": image(
                                ctx.image("circles-of-welcome"),
                                T(
                                    "Overlapping circles in teal, sand and clay.",
                                    "Círculos superpuestos en verde azulado, arena y barro.",
                                ),
                            ),
                            "caption": T(
                                "A shared table: trust often begins at the first meal.",
                                "Una mesa compartida: la confianza suele empezar en la primera "
                                "comida.",
                            ),
                        },
                        {
                            "image": image(
                                ctx.image("sunrise-stripes"),
                                T(
                                    "Bands of colour rising from deep blue to pale gold under a "
                                    "half sun.",
                                    "Franjas de color que suben del azul profundo al dorado "
                                    "pálido bajo medio sol.",
                                ),
                            ),
                            "caption": T(
                                "A new morning: the first night after release.",
                                "Una nueva mañana: la primera noche en libertad.",
                            ),
                        },
                        {
                            "image": image(
                                ctx.image("coalition-network"),
                                T(
                                    "Dots joined by thin lines into a wide network.",
                                    "Puntos unidos por líneas finas en una amplia red.",
                                ),
                            ),
                            "caption": T(
                                "Volunteers, lawyers and congregations, linked in one network.",
                                "Voluntarios, abogados y congregaciones, unidos en una sola red.",
                            ),
                        },
                    ],
                },
            ),
            (
                "heading",
                {"text": T("Start one where you live", "Empieza uno donde vives"), "level": "h2"},
            ),
            (
                "text",
                R(
                    "<ol><li>Gather a few people: a congregation, a school, a clinic, a legal "
                    "aid office.</li>"
                    "<li>Train with an experienced program; we can put you in touch.</li>"
                    "<li>Agree how you will cover housing, food, transport and court dates for "
                    "the first months.</li>"
                    "<li>Welcome your first family, and tell others how it went.</li></ol>",
                    "<ol><li>Reúne a unas cuantas personas: una congregación, una escuela, una "
                    "clínica, una oficina de asistencia legal.</li>"
                    "<li>Capacítense con un programa con experiencia; nosotros los ponemos en "
                    "contacto.</li>"
                    "<li>Acuerden cómo cubrirán vivienda, comida, transporte y audiencias "
                    "durante los primeros meses.</li>"
                    "<li>Reciban a su primera familia y cuenten a otros cómo les fue.</li></ol>",
                ),
            ),
            (
                "quote",
                {
                    "quote": T(
                        "We thought we were giving a family a room. They gave our whole street "
                        "a reason to get to know each other.",
                        "Creíamos que le dábamos un cuarto a una familia. Ellos le dieron a toda "
                        "nuestra calle un motivo para conocerse.",
                    ),
                    "person": same("Teresa"),
                    "role": T("Host volunteer, Tucson", "Voluntaria anfitriona, Tucson"),
                },
            ),
            stories_block(ctx),
            (
                "call_to_action",
                {
                    "heading": T("Bring welcome to your town", "Lleva la acogida a tu ciudad"),
                    "text": p(
                        T(
                            "Tell us where you are and we will connect you with a program nearby.",
                            "Dinos dónde estás y te pondremos en contacto con un programa cercano.",
                        )
                    ),
                    "link": link(
                        T("Get in touch", "Escríbenos"),
                        url="https://example.org/welcome-networks",
                    ),
                    "style": "primary",
                },
            ),
        ],
    }


COMMUNITY_WELCOME = DemoPage(
    key="community-welcome",
    model="campaigns.CampaignPage",
    parent="home",
    title=T("Community-based welcoming programs", "Programas de acogida comunitaria"),
    slug=T("community-based-welcoming-programs", "programas-de-acogida-comunitaria"),
    content=community_welcome,
)
