"""The home page: the coalition's promise, the three causes, the figures and the ways to act."""

from ..pages import DemoPage
from ..stream import image, link
from ..text import R, T, p, same


def home_content(ctx):
    return {
        "search_description": T(
            "Border Humanity is a binational coalition working for a fair asylum system, an end "
            "to needless immigration detention and welcome led by communities along the "
            "US–Mexico border.",
            "Border Humanity es una coalición binacional que trabaja por un sistema de asilo "
            "justo, el fin de la detención migratoria innecesaria y una acogida dirigida por las "
            "comunidades en la frontera entre México y Estados Unidos.",
        ),
        "hero_heading": T(
            "Seeking safety is a right. Welcome is a choice we can make together.",
            "Buscar protección es un derecho. Acoger es una decisión que podemos tomar juntos.",
        ),
        "intro": T(
            "We are groups from both sides of the 2,000-mile border between the United States "
            "and Mexico. We work so that people fleeing danger get a fair hearing, stay out of "
            "cells and are received by communities ready to help.",
            "Somos organizaciones de ambos lados de las 2,000 millas (unos 3,200 kilómetros) de "
            "frontera que comparten México y Estados Unidos. Trabajamos para que quienes huyen del "
            "peligro tengan una audiencia justa, no terminen en una celda y sean recibidos por "
            "comunidades dispuestas a ayudar.",
        ),
        "hero_image": ctx.image("border-dusk"),
        "hero_image_alt": T(
            "A winding line crosses a sky that fades from violet to sand.",
            "Una línea sinuosa cruza un cielo que pasa del violeta al color arena.",
        ),
        "hero_link": [
            ("link", link(T("Take action", "Actúa ahora"), page=ctx.page("limit-detention"))),
            ("link", link(T("Who we are", "Quiénes somos"), page=ctx.page("who-we-are"))),
        ],
        "body": [
            (
                "heading",
                {
                    "text": T(
                        "Three changes we are working for", "Tres cambios por los que luchamos"
                    ),
                    "level": "h2",
                    "anchor": T("causes", "causas"),
                },
            ),
            (
                "why",
                {
                    "heading": T("Why rebuild asylum?", "¿Por qué reconstruir el asilo?"),
                    "text": p(
                        T(
                            "People who reach the border asking for protection bring courage "
                            "and hope. Too often they meet a closed door, a cell or a penalty "
                            "instead of a hearing.",
                            "Quienes llegan a la frontera a pedir protección traen valor y "
                            "esperanza. Con demasiada frecuencia encuentran una puerta cerrada, "
                            "una celda o un castigo en lugar de una audiencia.",
                        ),
                        T(
                            "Our laws promise due process. We want an asylum system rebuilt "
                            "around dignity, with fair hearings and decisions people can trust.",
                            "Nuestras leyes prometen el debido proceso. Queremos un sistema de "
                            "asilo reconstruido en torno a la dignidad, con audiencias justas y "
                            "decisiones en las que se pueda confiar.",
                        ),
                    ),
                    "image": image(
                        ctx.image("open-doors"),
                        T(
                            "Three arched doorways standing open onto warm light.",
                            "Tres puertas en arco abiertas hacia una luz cálida.",
                        ),
                    ),
                    "link": link(
                        T("Read the asylum campaign", "Lee la campaña por el asilo"),
                        page=ctx.page("rebuild-asylum"),
                    ),
                },
            ),
            (
                "why",
                {
                    "heading": T("Why limit detention?", "¿Por qué limitar la detención?"),
                    "text": p(
                        T(
                            "Locking people up has become the automatic answer at the border. "
                            "Detention brings family separation, crowded cells, assault and "
                            "medical neglect, and it treats people who have harmed no one as a "
                            "threat.",
                            "Encerrar a las personas se ha vuelto la respuesta automática en la "
                            "frontera. La detención trae separación familiar, celdas saturadas, "
                            "agresiones y abandono médico, y trata como una amenaza a personas "
                            "que no han hecho daño a nadie.",
                        ),
                        T(
                            "There is another way: community groups stand ready to receive "
                            "people and walk with them through their cases.",
                            "Hay otro camino: grupos comunitarios están listos para recibir a "
                            "las personas y acompañarlas durante su proceso.",
                        ),
                    ),
                    "image": image(
                        ctx.image("detention-figure"),
                        T(
                            "The figure 23,753 over rows of small grey squares.",
                            "La cifra 23,753 sobre hileras de pequeños cuadros grises.",
                        ),
                    ),
                    "link": link(
                        T("Read the detention campaign", "Lee la campaña contra la detención"),
                        page=ctx.page("limit-detention"),
                    ),
                },
            ),
            (
                "why",
                {
                    "heading": T(
                        "Why support community-based welcome?",
                        "¿Por qué apoyar la acogida comunitaria?",
                    ),
                    "text": p(
                        T(
                            "The number of people detained has shot up over the last few "
                            "years. Taxpayers foot a large bill, and people's mental health and "
                            "safety pay the price.",
                            "El número de personas detenidas se ha disparado en los últimos "
                            "años. Los contribuyentes pagan una factura enorme, y la salud "
                            "mental y la seguridad de las personas pagan el precio.",
                        ),
                        R(
                            "Most people turn up for their hearings on their own. With a "
                            "caseworker and a lawyer at their side, <b>close to 100 percent</b> "
                            "attend.",
                            "La mayoría de las personas acude por su cuenta a sus audiencias. "
                            "Con una persona de acompañamiento y un abogado a su lado, "
                            "<b>casi el 100 por ciento</b> se presenta.",
                        ),
                    ),
                    "image": image(
                        ctx.image("circles-of-welcome"),
                        T(
                            "Overlapping circles in teal, sand and clay, like people around a "
                            "table.",
                            "Círculos superpuestos en verde azulado, arena y barro, como "
                            "personas alrededor de una mesa.",
                        ),
                    ),
                    "link": link(
                        T("See how welcome works", "Descubre cómo funciona la acogida"),
                        page=ctx.page("community-welcome"),
                    ),
                },
            ),
            ("divider", None),
            (
                "statistics",
                {
                    "heading": T("The border in figures", "La frontera en cifras"),
                    "statistics": [
                        {
                            "number": same("2,000"),
                            "label": T(
                                "miles of border between the United States and Mexico, where "
                                "our members work",
                                "millas de frontera compartida por México y Estados Unidos, donde "
                                "trabajan nuestras organizaciones",
                            ),
                        },
                        {
                            "number": same("97"),
                            "label": T(
                                "organisations from both countries signed our joint letter on "
                                "asylum",
                                "organizaciones de ambos países firmaron nuestra carta conjunta "
                                "sobre el asilo",
                            ),
                        },
                        {
                            "number": T("~100%", "~100 %"),
                            "label": T(
                                "of people with a caseworker and legal help attend their hearings",
                                "de las personas con acompañamiento y asesoría legal asisten a "
                                "sus audiencias",
                            ),
                        },
                        {
                            "number": same("23,753"),
                            "label": T(
                                "people held in immigration detention",
                                "personas en detención migratoria",
                            ),
                            "as_of": "2022-07-11",
                            "source_name": T(
                                "Federal detention statistics",
                                "Estadísticas federales de detención",
                            ),
                            "source_url": "https://example.org/sources/detention-statistics",
                        },
                    ],
                },
            ),
            (
                "action_ladder",
                {
                    "heading": T("What you can do", "Lo que puedes hacer"),
                    "steps": [
                        {
                            "title": T("Act in one minute", "Actúa en un minuto"),
                            "text": T(
                                "Sign our petition for a fair asylum system. It takes less "
                                "time than making a coffee.",
                                "Firma nuestra petición por un sistema de asilo justo. Toma "
                                "menos tiempo que preparar un café.",
                            ),
                            "link": link(
                                T("Sign the petition", "Firma la petición"),
                                url="https://example.org/petition",
                            ),
                        },
                        {
                            "title": T("Got ten minutes?", "¿Tienes diez minutos?"),
                            "text": T(
                                "Record a short video on why asylum matters to you, or tell us "
                                "your own story of seeking safety.",
                                "Graba un video corto sobre por qué te importa el asilo, o "
                                "cuéntanos tu propia historia de búsqueda de protección.",
                            ),
                            "link": link(
                                T("Share your story", "Comparte tu historia"),
                                url="https://example.org/stories",
                            ),
                        },
                        {
                            "title": T("Ready to go further?", "¿Quieres comprometerte más?"),
                            "text": T(
                                "Join a welcome network near you: host, drive, interpret or "
                                "go with someone to court.",
                                "Únete a una red de acogida cerca de ti: hospeda, maneja, "
                                "interpreta o acompaña a alguien a su audiencia.",
                            ),
                            "link": link(
                                T("Find a welcome network", "Encuentra una red de acogida"),
                                page=ctx.page("community-welcome"),
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("News from the border", "Noticias de la frontera"),
                    "text": p(
                        T(
                            "One email a month: what changed, what worked, and where help is "
                            "needed next.",
                            "Un correo al mes: qué cambió, qué funcionó y dónde hace falta "
                            "ayuda ahora.",
                        )
                    ),
                    "link": link(
                        T("Sign up for updates", "Suscríbete a las novedades"),
                        url="https://example.org/newsletter",
                    ),
                    "style": "primary",
                },
            ),
            (
                "latest_news",
                {
                    "heading": T("Latest news", "Últimas noticias"),
                    "news_index": ctx.page("news").pk,
                    "count": 3,
                },
            ),
        ],
    }


HOME = DemoPage(
    key="home",
    model="home.HomePage",
    parent=None,
    title=T("Asylum with dignity", "Asilo con dignidad"),
    slug=same("home"),  # synchronised on HomePage: the URL of a home page is its locale prefix
    content=home_content,
    in_every_locale=True,
)
