"""The digital toolkit page: three packs of pictures and social cards with ready-made posts.

Social cards are snippets of the toolkit app; `setup` makes them (and their Spanish versions)
before the page, and puts the picture of each into the context as `card-<key>`.
"""

from django.apps import apps
from wagtail.images.rect import Rect

from ..pages import DemoPage, demo_key
from ..text import T, TranslationMemory, resolve, same
from ..translate import translate

HASHTAGS = T(
    "#AsylumReformNOW #WelcomeWithDignity #DefendAsylum",
    "#ReformaDeAsiloYA #BienvenidosConDignidad #DefenderAsilo",
)

CARDS = {
    "detained": {
        "name": T("Card: people detained", "Tarjeta: personas detenidas"),
        "figure": same("23,753"),
        "text": T(
            "people were held in immigration detention on 11 July 2022.",
            "personas estaban en detención migratoria el 11 de julio de 2022.",
        ),
        "attribution": T("Government detention statistics", "Estadísticas oficiales de detención"),
        "theme": "night",
    },
    "outbreaks": {
        "name": T("Card: facilities with COVID-19", "Tarjeta: centros con COVID-19"),
        "figure": same("137"),
        "text": T(
            "detention facilities had at least one confirmed COVID-19 case in July 2022.",
            "centros de detención tenían al menos un caso confirmado de COVID-19 en julio de 2022.",
        ),
        "attribution": T("Government detention statistics", "Estadísticas oficiales de detención"),
        "theme": "clay",
    },
    "budget": {
        "name": T("Card: detention budget", "Tarjeta: presupuesto de detención"),
        "figure": same("34,000 → 25,000"),
        "text": T(
            "Congress can cut funded detention beds to the lowest level in almost twenty years.",
            "El Congreso puede reducir las camas de detención financiadas al nivel más bajo en "
            "casi veinte años.",
        ),
        "attribution": T("Fiscal year 2023 budget talks", "Negociación del presupuesto 2023"),
        "theme": "teal",
    },
    "right": {
        "name": T("Card: a right, not a crime", "Tarjeta: un derecho, no un delito"),
        "figure": same(""),
        "text": T(
            "“Asking for safety is a human right. No one should be punished for it.”",
            "“Pedir protección es un derecho humano. Nadie debería ser castigado por ello.”",
        ),
        "attribution": T("Border Humanity", "Border Humanity"),
        "theme": "dusk",
        "background": "border-dusk",
    },
    "title42": {
        "name": T("Card: end Title 42", "Tarjeta: fin del Título 42"),
        "figure": T("Demand 1", "Exigencia 1"),
        "text": T(
            "Open the border to people asking for asylum and end expulsions under Title 42.",
            "Abrir la frontera a quienes piden asilo y poner fin a las expulsiones bajo el "
            "Título 42.",
        ),
        "attribution": T("Six demands to incoming leaders", "Seis exigencias a los nuevos líderes"),
        "theme": "sand",
    },
    "coalition": {
        "name": T("Card: 97 organisations", "Tarjeta: 97 organizaciones"),
        "figure": same("97"),
        "text": T(
            "organisations from both sides of the border signed one letter for asylum.",
            "organizaciones de ambos lados de la frontera firmaron una sola carta por el asilo.",
        ),
        "attribution": T("Binational coalition letter", "Carta de la coalición binacional"),
        "theme": "teal",
    },
}

# Where the eye should go when a picture is cropped (fractions of width and height).
FOCAL = {"sunrise-stripes": (0.5, 0.8), "open-doors": (0.5, 0.55), "border-dusk": (0.3, 0.62)}


def card_memory():
    return TranslationMemory(list(CARDS.values()))


def setup(ctx, loader):
    """Make the demo's social cards (English and Spanish) and give pictures focal points."""
    for key, (fx, fy) in FOCAL.items():
        image = ctx.image(key)
        if image.focal_point_x is None:
            size = min(image.width, image.height) // 5
            image.set_focal_point(
                Rect.from_point(int(image.width * fx), int(image.height * fy), size, size)
            )
            image.save()
    card_model = apps.get_model("toolkit", "SocialCard")
    memory = card_memory()
    for key, spec in CARDS.items():
        translation_key = demo_key(f"card/{key}")
        card = card_model.objects.filter(
            translation_key=translation_key, locale=loader.source_locale
        ).first()
        fields = resolve({k: v for k, v in spec.items() if k != "background"}, "en")
        if card is None:
            card = card_model(translation_key=translation_key, locale=loader.source_locale)
        for name, value in fields.items():
            setattr(card, name, value)
        card.background_image = ctx.image(spec["background"]) if "background" in spec else None
        card.save()
        for locale in loader.target_locales:
            # Creates the translation, or brings it in step (e.g. a new background after --reset).
            translate(card, locale, memory if locale.language_code == "es" else None)
        ctx.images[f"card-{key}"] = card.image


def post(platform, en, es):
    return {"platform": platform, "text": T(en, es)}


def asset(title, picture, alt, posts, platforms=("x", "instagram", "facebook")):
    return {
        "title": title,
        "image": picture.pk,
        "alt_text": alt,
        "posts": posts,
        "hashtags": HASHTAGS,
        "platforms": list(platforms),
    }


def toolkit(ctx):
    card = ctx.image
    return {
        "search_description": T(
            "Pictures, social cards and ready-to-post texts for our campaigns, in every size "
            "the platforms use.",
            "Imágenes, tarjetas y textos listos para publicar sobre nuestras campañas, en todos "
            "los tamaños que usan las redes.",
        ),
        "intro": T(
            "Take these pictures and posts and share them. Each one comes in the sizes social "
            "platforms want, with a post you can copy and change.",
            "Toma estas imágenes y publicaciones y compártelas. Cada una viene en los tamaños "
            "que piden las redes sociales, con un texto que puedes copiar y cambiar.",
        ),
        "file_prefix": "border-humanity",
        "share_image": card("card-coalition"),  # a social card as the page's share image
        "show_in_menus": True,
        "packs": [
            (
                "pack",
                {
                    "title": T("End detention", "Fin a la detención"),
                    "description": T(
                        "Figures that show how many people are locked up, and why that can "
                        "change this year.",
                        "Cifras que muestran cuántas personas están encerradas y por qué eso "
                        "puede cambiar este año.",
                    ),
                    "assets": [
                        asset(
                            T("People detained", "Personas detenidas"),
                            card("card-detained"),
                            T(
                                "23,753 people were held in immigration detention on 11 July 2022.",
                                "23,753 personas estaban en detención migratoria el 11 de "
                                "julio de 2022.",
                            ),
                            [
                                post(
                                    "x",
                                    "23,753 people were locked up in immigration detention on "
                                    "one day last July. Behind each number is a family waiting.",
                                    "23,753 personas estaban encerradas en detención migratoria "
                                    "un solo día del pasado julio. Detrás de cada número hay "
                                    "una familia que espera.",
                                ),
                                post(
                                    "instagram",
                                    "On 11 July 2022, 23,753 people were held in immigration "
                                    "detention. Most of them could wait for their hearing at "
                                    "home, with their families. Share this and ask your "
                                    "representatives to fund freedom, not cages.",
                                    "El 11 de julio de 2022, 23,753 personas estaban en "
                                    "detención migratoria. La mayoría podría esperar su "
                                    "audiencia en casa, con su familia. Comparte esto y pide "
                                    "a tus representantes que financien la libertad, no jaulas.",
                                ),
                            ],
                        ),
                        asset(
                            T("COVID-19 in detention", "COVID-19 en detención"),
                            card("card-outbreaks"),
                            T(
                                "137 detention facilities had at least one confirmed COVID-19 "
                                "case.",
                                "137 centros de detención tenían al menos un caso confirmado de "
                                "COVID-19.",
                            ),
                            [
                                post(
                                    "x",
                                    "137 detention centres had confirmed COVID-19 cases in July "
                                    "2022. Detention is a health risk: release people now.",
                                    "137 centros de detención tenían casos confirmados de "
                                    "COVID-19 en julio de 2022. La detención es un riesgo para "
                                    "la salud: liberen a las personas ya.",
                                ),
                            ],
                        ),
                        asset(
                            T("Fewer beds", "Menos camas"),
                            card("card-budget"),
                            T(
                                "Funded detention could fall from 34,000 to 25,000 people a day.",
                                "La detención financiada podría bajar de 34,000 a 25,000 "
                                "personas al día.",
                            ),
                            [
                                post(
                                    "x",
                                    "Congress can cut funded detention from 34,000 to 25,000 "
                                    "beds a day. Tell your representatives: fewer cages.",
                                    "El Congreso puede bajar la detención financiada de 34,000 "
                                    "a 25,000 camas al día. Dile a tus representantes: menos "
                                    "jaulas.",
                                ),
                                post(
                                    "facebook",
                                    "The budget Congress is writing now decides how many people "
                                    "can be detained every day. Cutting it from 34,000 to "
                                    "25,000 would be the lowest level in almost twenty years.",
                                    "El presupuesto que escribe ahora el Congreso decide "
                                    "cuántas personas pueden estar detenidas cada día. Bajarlo "
                                    "de 34,000 a 25,000 sería el nivel más bajo en casi veinte "
                                    "años.",
                                ),
                            ],
                            ("x", "facebook"),
                        ),
                    ],
                },
            ),
            (
                "pack",
                {
                    "title": T("Welcome with dignity", "Bienvenida con dignidad"),
                    "description": T(
                        "Warm pictures for posts about the communities that welcome people.",
                        "Imágenes cálidas para hablar de las comunidades que reciben a las "
                        "personas.",
                    ),
                    "assets": [
                        asset(
                            T("Open doors", "Puertas abiertas"),
                            ctx.image("open-doors"),
                            T(
                                "Three arched doorways stand open onto warm light.",
                                "Tres puertas en arco abiertas hacia una luz cálida.",
                            ),
                            [
                                post(
                                    "x",
                                    "Our towns know how to welcome. Community programmes "
                                    "give people a home while they wait for their hearing.",
                                    "Nuestros pueblos saben recibir. Los programas "
                                    "comunitarios dan un hogar a las personas mientras esperan "
                                    "su audiencia.",
                                ),
                            ],
                        ),
                        asset(
                            T("Circles of welcome", "Círculos de bienvenida"),
                            ctx.image("circles-of-welcome"),
                            T(
                                "Overlapping circles in teal, sand and clay.",
                                "Círculos superpuestos en verde azulado, arena y arcilla.",
                            ),
                            [
                                post(
                                    "instagram",
                                    "Welcome is something we do together: a meal, a ride to "
                                    "court, a room for the night. Tell us how your community "
                                    "welcomes people.",
                                    "Dar la bienvenida es algo que hacemos juntos: una comida, "
                                    "un viaje al tribunal, un cuarto para la noche. Cuéntanos "
                                    "cómo recibe tu comunidad.",
                                ),
                            ],
                            ("instagram", "facebook"),
                        ),
                        asset(
                            T("Sunrise", "Amanecer"),
                            ctx.image("sunrise-stripes"),
                            T(
                                "Bands of colour rising from deep blue to pale gold, with a "
                                "half sun.",
                                "Franjas de color que suben del azul profundo al dorado "
                                "pálido, con medio sol.",
                            ),
                            [
                                post(
                                    "x",
                                    "Every new start needs a place to begin. Support "
                                    "community-based welcome.",
                                    "Todo nuevo comienzo necesita un lugar donde empezar. "
                                    "Apoya la bienvenida comunitaria.",
                                ),
                            ],
                        ),
                    ],
                },
            ),
            (
                "pack",
                {
                    "title": T("Restore asylum", "Restablecer el asilo"),
                    "description": T(
                        "Our demands, and the coalition behind them.",
                        "Nuestras exigencias y la coalición que las respalda.",
                    ),
                    "assets": [
                        asset(
                            T("End Title 42", "Fin del Título 42"),
                            card("card-title42"),
                            T(
                                "Demand 1: open the border to people asking for asylum and end "
                                "Title 42 expulsions.",
                                "Exigencia 1: abrir la frontera a quienes piden asilo y poner "
                                "fin a las expulsiones del Título 42.",
                            ),
                            [
                                post(
                                    "x",
                                    "Asking for asylum is legal. Title 42 expulsions send people "
                                    "back to danger without a hearing. End them.",
                                    "Pedir asilo es legal. Las expulsiones del Título 42 "
                                    "devuelven a las personas al peligro sin audiencia. "
                                    "Terminen con ellas.",
                                ),
                            ],
                        ),
                        asset(
                            T("A right, not a crime", "Un derecho, no un delito"),
                            card("card-right"),
                            T(
                                "Quote: asking for safety is a human right; no one should be "
                                "punished for it.",
                                "Cita: pedir protección es un derecho humano; nadie debería "
                                "ser castigado por ello.",
                            ),
                            [
                                post(
                                    "x",
                                    "Asking for safety is a human right. No one should be "
                                    "punished for it.",
                                    "Pedir protección es un derecho humano. Nadie debería ser "
                                    "castigado por ello.",
                                ),
                                post(
                                    "instagram",
                                    "People who reach our border asking for protection deserve "
                                    "a fair hearing, a lawyer and a welcome. Share if you agree.",
                                    "Quienes llegan a nuestra frontera pidiendo protección "
                                    "merecen una audiencia justa, un abogado y una bienvenida. "
                                    "Comparte si estás de acuerdo.",
                                ),
                            ],
                        ),
                        asset(
                            T("97 organisations", "97 organizaciones"),
                            card("card-coalition"),
                            T(
                                "97 organisations from both sides of the border signed one letter.",
                                "97 organizaciones de ambos lados de la frontera firmaron una "
                                "carta.",
                            ),
                            [
                                post(
                                    "x",
                                    "97 organisations from Mexico and the United States, one "
                                    "letter: restore asylum at the border.",
                                    "97 organizaciones de México y Estados Unidos, una carta: "
                                    "restablecer el asilo en la frontera.",
                                ),
                            ],
                        ),
                        asset(
                            T("Paths that meet", "Caminos que se encuentran"),
                            ctx.image("paths-converge"),
                            T(
                                "Coloured paths curve in from the edges and meet in the centre.",
                                "Caminos de colores llegan desde los bordes y se encuentran en "
                                "el centro.",
                            ),
                            [
                                post(
                                    "x",
                                    "Lawyers, shelters, faith groups and neighbours: many paths, "
                                    "one goal. Asylum for all who need it.",
                                    "Abogados, albergues, grupos de fe y vecinos: muchos "
                                    "caminos, una meta. Asilo para quien lo necesite.",
                                ),
                            ],
                        ),
                    ],
                },
            ),
        ],
    }


TOOLKIT = DemoPage(
    key="toolkit",
    model="toolkit.ToolkitPage",
    parent="home",
    title=T("Digital toolkit", "Kit digital"),
    slug=T("toolkit", "kit-digital"),
    content=toolkit,
    setup=setup,
)
