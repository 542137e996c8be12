"""The news: an index in each language and six posts, among them the coalition's binational
letter as a bilingual media advisory. Figures and demands come from real posts of 2021–2022;
the people, phone numbers and every sentence are ours."""

import datetime

from ..pages import DemoPage
from ..text import R, Swap, T, p, same

# The index ---------------------------------------------------------------------------------


def news_index(ctx):
    return {
        "intro": T(
            "Statements, media advisories, press releases and the victories we win together.",
            "Declaraciones, avisos a medios, comunicados de prensa y las victorias que logramos "
            "juntos.",
        ),
        "search_description": T(
            "News from the Border Humanity coalition, in English and Spanish.",
            "Noticias de la coalición Border Humanity, en inglés y en español.",
        ),
        "show_in_menus": True,
    }


NEWS_INDEX = DemoPage(
    key="news",
    model="news.NewsIndexPage",
    parent="home",
    title=T("News", "Noticias"),
    slug=T("news", "noticias"),
    content=news_index,
)


def contact(name, organisation, phone, email, languages):
    return {
        "heading": "",
        "name": same(name),
        "organisation": organisation,
        "role": "",
        "phone": same(phone),
        "email": email,
        "languages": languages,
    }


def author(name, role):
    return ("author", {"name": same(name), "role": role})


def with_description(content):
    """Search engines and social cards get the post's introduction as its description."""

    def fields(ctx):
        values = content(ctx)
        return {"search_description": values["intro"], **values}

    return fields


# The binational letter: a media advisory in two languages -------------------------------------

LETTER_DEMANDS_EN = (
    "<ul><li>People seeking asylum who have waited in Mexico are not put in border or "
    "immigration custody when they enter, and are not fitted with GPS ankle monitors.</li>"
    "<li>Lawyers get a clear protocol and a direct line to raise cases with the border and "
    "immigration agencies, and a way to escalate urgent cases.</li>"
    "<li>The most vulnerable people are identified and let in at once, without slowing down or "
    "stopping everyone else's processing.</li></ul>"
)
LETTER_DEMANDS_ES = (
    "<ul><li>Que las personas solicitantes de asilo que esperaron en México no queden bajo "
    "custodia fronteriza o migratoria al entrar, ni se les imponga un grillete con GPS.</li>"
    "<li>Que los abogados cuenten con un protocolo claro y una línea directa para plantear "
    "casos ante las agencias fronterizas y migratorias, y una vía para escalar los urgentes.</li>"
    "<li>Que se identifique y se deje entrar de inmediato a las personas más vulnerables, sin "
    "frenar ni detener el trámite de las demás.</li></ul>"
)
LETTER_SUMMARY_EN = (
    "<p>Today 97 organisations from both sides of the US–Mexico border sent the new "
    "administration a joint letter: restore an asylum system that treats people with humanity "
    "and respect.</p>"
    "<p>Undoing the previous policies is not enough. The harm done to people seeking asylum "
    "has to be repaired, and the country needs humane rules and the means to truly welcome "
    "those fleeing persecution.</p>"
)
LETTER_SUMMARY_ES = (
    "<p>Hoy 97 organizaciones de ambos lados de la frontera entre México y Estados Unidos "
    "enviamos al nuevo gobierno una carta conjunta: que restablezca un sistema de asilo que "
    "trate a las personas con humanidad y respeto.</p>"
    "<p>No basta con deshacer las políticas anteriores. Hay que reparar el daño causado a "
    "quienes buscan asilo, y el país necesita reglas humanas y los medios para acoger de verdad "
    "a quienes huyen de la persecución.</p>"
)


def binational_letter(ctx):
    return {
        "date": datetime.date(2021, 2, 9),
        "post_type": "media_advisory",
        "intro": T(
            "A binational group of 97 organisations asks the new administration to end the "
            "policies that keep people from seeking asylum, and to rebuild a system that "
            "welcomes them with dignity.",
            "Un grupo binacional de 97 organizaciones pide al nuevo gobierno que ponga fin a "
            "las políticas que impiden pedir asilo y que reconstruya un sistema que acoja con "
            "dignidad.",
        ),
        "hero_image": ctx.image("border-map"),
        "hero_image_alt": T(
            "A map-like line from coast to coast, marked with 97 small points.",
            "Una línea como de mapa, de costa a costa, marcada con 97 puntos pequeños.",
        ),
        "authors": [author("Lucía Herrera", same("Border Humanity"))],
        "press_contacts": [
            (
                "contact",
                contact(
                    "Daniel Ibarra",
                    same("Frontera Legal Defense Project"),
                    "+1 555 0173",
                    "press@example.org",
                    T("English and Spanish", "Inglés y español"),
                ),
            ),
            (
                "contact",
                contact(
                    "Rosa Villanueva",
                    same("Pacific Coast Immigrant Clinic"),
                    "+1 555 0188",
                    "media@example.org",
                    T("Spanish and English", "Español e inglés"),
                ),
            ),
        ],
        "hashtags": T(
            "#AsylumReformNOW #WelcomeWithDignity #DefendAsylum",
            "#ReformaDeAsiloYA #BienvenidosConDignidad #DefenderAsilo",
        ),
        "related_posts": [("post", ctx.page("news-six-demands").pk)],
        "body": [
            ("text", R(LETTER_SUMMARY_EN, LETTER_SUMMARY_ES)),
            (
                "text",
                p(
                    T(
                        "SAN DIEGO – The letter asks the administration to end the Migrant "
                        "Protection Protocols, the metering of asylum seekers at ports of entry, "
                        "expulsions under Title 42 and the so-called safe third country "
                        "agreements. Each of them denies people the chance to ask for asylum "
                        "safely in the United States.",
                        "SAN DIEGO – La carta pide al gobierno que termine con los Protocolos "
                        "de Protección a Migrantes, el sistema de cupos en los puertos de "
                        "entrada, las expulsiones bajo el Título 42 y los llamados acuerdos de "
                        "tercer país seguro. Cada una de estas medidas impide pedir asilo de "
                        "forma segura en Estados Unidos.",
                    ),
                    T(
                        "Many of the signers work on both sides of the California–Mexico border, "
                        "giving legal, medical, housing and humanitarian help to people seeking "
                        "asylum, thousands of whom were made to wait in Mexico.",
                        "Muchas de las organizaciones firmantes trabajan a ambos lados de la "
                        "frontera entre California y México y dan ayuda legal, médica, de "
                        "vivienda y humanitaria a solicitantes de asilo, miles de los cuales "
                        "fueron obligados a esperar en México.",
                    ),
                ),
            ),
            (
                "heading",
                {"text": T("Among the demands", "Algunas de las exigencias"), "level": "h2"},
            ),
            ("text", R(LETTER_DEMANDS_EN, LETTER_DEMANDS_ES)),
            (
                "text",
                p(
                    T(
                        "The full letter and its list of demands is available in English and "
                        "Spanish from the press contacts above.",
                        "La carta completa, con todas sus exigencias, está disponible en inglés "
                        "y en español a través de los contactos de prensa.",
                    )
                ),
            ),
            # The English post carries the Spanish text; its Spanish translation carries the
            # English text in the same place, marked lang="en" (the language is overridden).
            (
                "second_language",
                {
                    "language": Swap("es", "en"),
                    "heading": T("En español", "In English"),
                    "text": R(
                        LETTER_SUMMARY_ES + LETTER_DEMANDS_ES, LETTER_SUMMARY_EN + LETTER_DEMANDS_EN
                    ),
                },
            ),
        ],
    }


BINATIONAL_LETTER = DemoPage(
    key="news-binational-letter",
    model="news.NewsPage",
    parent="news",
    title=T(
        "97 organisations from both sides of the border ask for a humane asylum system",
        "97 organizaciones de ambos lados de la frontera piden un sistema de asilo humano",
    ),
    slug=T("binational-letter-97-organisations", "carta-binacional-97-organizaciones"),
    content=with_description(binational_letter),
)

# Five more posts ---------------------------------------------------------------------------


def six_demands(ctx):
    return {
        "date": datetime.date(2021, 1, 12),
        "post_type": "press_release",
        "intro": T(
            "Families at the border send incoming leaders six demands, and invite everyone to "
            "add their name.",
            "Familias en la frontera envían seis exigencias a los nuevos gobernantes e invitan a "
            "todas las personas a sumar su firma.",
        ),
        "hero_image": ctx.image("open-doors"),
        "hero_image_alt": T(
            "Three arched doorways standing open onto warm light.",
            "Tres puertas en arco abiertas hacia una luz cálida.",
        ),
        "authors": [author("Joaquín Ortega", T("Spokesperson", "Vocería"))],
        "hashtags": same("#DefendAsylum"),
        "body": [
            (
                "text",
                p(
                    T(
                        "The letter lists six demands, from restoring access to asylum at the "
                        "border to ending family detention. Each signature also reaches the "
                        "signer's own senators and representative.",
                        "La carta enumera seis exigencias, desde restablecer el acceso al asilo "
                        "en la frontera hasta poner fin a la detención de familias. Cada firma "
                        "llega también a los senadores y a la representante de quien firma.",
                    ),
                ),
            ),
        ],
    }


def detention_figures(ctx):
    return {
        "date": datetime.date(2021, 6, 1),
        "post_type": "statement",
        "intro": T(
            "Fewer people are locked up than a year ago. Empty beds should be closed for good, "
            "not filled again.",
            "Hay menos personas encerradas que hace un año. Las camas vacías deben cerrarse "
            "para siempre, no volver a llenarse.",
        ),
        "hero_image": ctx.image("detention-figure"),
        "hero_image_alt": T(
            "The number 23,753 in large type over rows of small grey squares.",
            "El número 23,753 en letra grande sobre filas de pequeños cuadros grises.",
        ),
        "body": [
            (
                "text",
                p(
                    T(
                        "The latest public figures count 23,753 people in immigration "
                        "detention. Every one of them could wait for a hearing at home, with "
                        "family and a lawyer, for a fraction of the cost.",
                        "Las cifras públicas más recientes cuentan 23,753 personas en detención "
                        "migratoria. Cada una podría esperar su audiencia en casa, con su "
                        "familia y un abogado, por una fracción del costo.",
                    ),
                ),
            ),
        ],
    }


def cameroon_tps(ctx):
    return {
        "date": datetime.date(2022, 4, 15),
        "post_type": "victory",
        "intro": T(
            "Temporary protected status for Cameroon means tens of thousands of people can stay "
            "safe from detention and deportation.",
            "El estatus de protección temporal para Camerún permite que decenas de miles de "
            "personas queden a salvo de la detención y la deportación.",
        ),
        "hero_image": ctx.image("circles-of-welcome"),
        "hero_image_alt": T(
            "Overlapping circles in teal, sand and clay, like people gathered around a table.",
            "Círculos superpuestos en verde azulado, arena y barro, como personas reunidas "
            "alrededor de una mesa.",
        ),
        "body": [
            (
                "text",
                p(
                    T(
                        "This victory belongs to the Cameroonian community leaders who "
                        "organised for years, and to everyone who called, wrote and marched "
                        "with them.",
                        "Esta victoria es de las y los líderes de la comunidad camerunesa que "
                        "se organizaron durante años, y de todas las personas que llamaron, "
                        "escribieron y marcharon a su lado.",
                    ),
                ),
            ),
        ],
    }


def welcome_statement(ctx):
    return {
        "date": datetime.date(2022, 1, 20),
        "post_type": "statement",
        "intro": T(
            "Communities are ready to receive people released from detention. They need "
            "support, not obstacles.",
            "Las comunidades están listas para recibir a quienes salen de la detención. "
            "Necesitan apoyo, no obstáculos.",
        ),
        "hero_image": ctx.image("coalition-network"),
        "hero_image_alt": T(
            "Dots joined by thin lines into a wide network on a teal background.",
            "Puntos unidos por líneas finas en una amplia red sobre un fondo verde azulado.",
        ),
        "body": [
            (
                "text",
                p(
                    T(
                        "Shelters, congregations and host families along the border already "
                        "welcome people every day. Public money spent on cells would go much "
                        "further in their hands.",
                        "Albergues, congregaciones y familias anfitrionas a lo largo de la "
                        "frontera ya reciben a personas todos los días. El dinero público que "
                        "se gasta en celdas rendiría mucho más en sus manos.",
                    ),
                ),
            ),
        ],
    }


def shelter_advisory(ctx):
    return {
        "date": datetime.date(2022, 11, 30),
        "post_type": "media_advisory",
        "intro": T(
            "Reporters are invited to visit two partner shelters and hear from the volunteers "
            "who keep them open.",
            "Invitamos a periodistas a visitar dos albergues aliados y escuchar a las personas "
            "voluntarias que los mantienen abiertos.",
        ),
        "press_contacts": [
            (
                "contact",
                contact(
                    "Lucía Herrera",
                    same("Border Humanity"),
                    "+1 555 0142",
                    "press@example.org",
                    T("English and Spanish", "Inglés y español"),
                ),
            ),
        ],
        "hashtags": T("#WelcomeWithDignity", "#BienvenidosConDignidad"),
        "body": [
            (
                "text",
                p(
                    T(
                        "Visits last about an hour. Please do not photograph the faces of "
                        "people staying at the shelters.",
                        "Las visitas duran alrededor de una hora. Por favor, no fotografíen el "
                        "rostro de las personas alojadas en los albergues.",
                    ),
                ),
            ),
        ],
    }


def post(key, content, title, slug):
    return DemoPage(
        key=key,
        model="news.NewsPage",
        parent="news",
        title=title,
        slug=slug,
        content=with_description(content),
    )


SIX_DEMANDS = post(
    "news-six-demands",
    six_demands,
    T("Six demands for incoming leaders", "Seis exigencias para los nuevos gobernantes"),
    T("six-demands-for-incoming-leaders", "seis-exigencias-para-los-nuevos-gobernantes"),
)
DETENTION_FIGURES = post(
    "news-detention-figures",
    detention_figures,
    T("Close the empty detention beds", "Cerrar las camas vacías de detención"),
    T("close-the-empty-detention-beds", "cerrar-las-camas-vacias-de-detencion"),
)
CAMEROON_TPS = post(
    "news-cameroon-tps",
    cameroon_tps,
    T("Protection for Cameroonians, won together", "Protección para Camerún, lograda juntos"),
    T("protection-for-cameroonians", "proteccion-para-camerun"),
)
WELCOME_STATEMENT = post(
    "news-welcome-statement",
    welcome_statement,
    T("Welcome, not cells", "Acogida, no celdas"),
    T("welcome-not-cells", "acogida-no-celdas"),
)
SHELTER_ADVISORY = post(
    "news-shelter-visits",
    shelter_advisory,
    T("Media advisory: visit our partner shelters", "Aviso a medios: visita nuestros albergues"),
    T("shelter-visits", "visitas-a-albergues"),
)

NEWS_PAGES = [
    NEWS_INDEX,
    SIX_DEMANDS,
    BINATIONAL_LETTER,
    DETENTION_FIGURES,
    WELCOME_STATEMENT,
    CAMEROON_TPS,
    SHELTER_ADVISORY,
]
