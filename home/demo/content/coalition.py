"""The coalition page: who we are, how we work, our (fictional) partners and press contacts."""

from ..pages import DemoPage
from ..stream import image
from ..text import R, T, p, same


def partner(name, place, url=""):
    return {"name": name, "place": same(place), "url": url}


def who_we_are(ctx):
    return {
        "search_description": T(
            "Border Humanity brings together legal, humanitarian and community groups working "
            "along the US–Mexico border. Meet our partners and reach our press team.",
            "Border Humanity reúne a grupos legales, humanitarios y comunitarios que trabajan a "
            "lo largo de la línea entre México y Estados Unidos. Conoce a nuestras "
            "organizaciones aliadas y contacta a nuestro equipo de prensa.",
        ),
        "intro": T(
            "Border Humanity brings together advocates, lawyers, community leaders and "
            "researchers from both sides of the border, working for humane policies along all "
            "2,000 miles of it.",
            "Border Humanity reúne a defensores, abogados, líderes comunitarios e investigadores "
            "de ambos lados de la frontera, que trabajan por políticas humanas a lo largo de sus "
            "2,000 millas.",
        ),
        "hero_image": ctx.image("coalition-network"),
        "hero_image_alt": T(
            "Dots joined by thin lines into a wide network on a teal background.",
            "Puntos unidos por líneas finas en una amplia red sobre un fondo verde azulado.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "text",
                p(
                    T(
                        "We began as a handful of shelters, legal clinics and faith groups that "
                        "kept meeting the same families on both sides of the line. Today we plan "
                        "campaigns together, go to court together and speak with one voice to "
                        "decision makers in both capitals.",
                        "Empezamos como un puñado de albergues, clínicas legales y grupos de fe "
                        "que nos encontrábamos con las mismas familias a ambos lados de la "
                        "línea. Hoy planeamos campañas juntos, vamos juntos a los tribunales y "
                        "hablamos con una sola voz ante quienes deciden en ambas capitales.",
                    ),
                    T(
                        "We believe people who seek safety should meet respect, due process and "
                        "a community ready to help, and that the abuse of immigration detention "
                        "has to end.",
                        "Creemos que quienes buscan protección deben encontrar respeto, debido "
                        "proceso y una comunidad dispuesta a ayudar, y que el abuso de la "
                        "detención migratoria tiene que terminar.",
                    ),
                ),
            ),
            (
                "image",
                {
                    "image": image(
                        ctx.image("border-map"),
                        T(
                            "A map-like line from coast to coast, marked with 97 small points.",
                            "Una línea como de mapa, de costa a costa, marcada con 97 puntos "
                            "pequeños.",
                        ),
                    ),
                    "caption": T(
                        "The 97 organisations that signed our binational letter, spread along "
                        "the border.",
                        "Las 97 organizaciones que firmaron nuestra carta binacional, repartidas "
                        "por toda la frontera.",
                    ),
                },
            ),
            ("heading", {"text": T("How we work", "Cómo trabajamos"), "level": "h2"}),
            (
                "text",
                R(
                    "<ul><li><b>Legal defence:</b> lawyers who take asylum and detention cases "
                    "and train volunteers.</li>"
                    "<li><b>Humanitarian aid:</b> shelters, clinics and kitchens in border "
                    "cities.</li>"
                    "<li><b>Community welcome:</b> hosts and congregations who receive people "
                    "after release.</li>"
                    "<li><b>Advocacy:</b> research, letters and meetings with decision "
                    "makers.</li></ul>",
                    "<ul><li><b>Defensa legal:</b> abogados que llevan casos de asilo y "
                    "detención y capacitan a voluntarios.</li>"
                    "<li><b>Ayuda humanitaria:</b> albergues, clínicas y comedores en "
                    "ciudades fronterizas.</li>"
                    "<li><b>Acogida comunitaria:</b> familias anfitrionas y congregaciones que "
                    "reciben a las personas al salir de la detención.</li>"
                    "<li><b>Incidencia:</b> investigación, cartas y reuniones con quienes "
                    "toman las decisiones.</li></ul>",
                ),
            ),
            (
                "partners",
                {
                    "heading": T("Our partners", "Nuestras organizaciones aliadas"),
                    "display": "names",
                    # Fictional. Groups keep their own name; bilingual groups have one per language.
                    "partners": [
                        partner(
                            T("Desert Welcome Network", "Red de Bienvenida del Desierto"),
                            "Tucson",
                            "https://example.org/partners/desert-welcome",
                        ),
                        partner(same("Casa Puente Albergue"), "Ciudad Juárez"),
                        partner(
                            T(
                                "Frontera Legal Defense Project",
                                "Proyecto de Defensa Legal Frontera",
                            ),
                            "El Paso",
                        ),
                        partner(same("Colectivo Manos Abiertas"), "Tijuana"),
                        partner(
                            T(
                                "Rio Grande Family Accompaniment",
                                "Acompañamiento Familiar del Río Bravo",
                            ),
                            "Brownsville",
                        ),
                        partner(same("Comedor Solidario Nogales"), "Nogales, Sonora"),
                        partner(
                            T(
                                "Pacific Coast Immigrant Clinic",
                                "Clínica para Inmigrantes de la Costa del Pacífico",
                            ),
                            "San Diego",
                            "https://example.org/partners/pacific-clinic",
                        ),
                        partner(same("Red de Albergues del Golfo"), "Matamoros"),
                    ],
                },
            ),
            ("divider", None),
            (
                "contact",
                {
                    "heading": T("Press contact", "Contacto de prensa"),
                    "name": same("Lucía Herrera"),
                    "role": T("Communications lead, United States", "Comunicación, Estados Unidos"),
                    "email": "press@example.org",
                    "phone": same("+1 555 0142"),
                    "languages": T("English and Spanish", "Inglés y español"),
                },
            ),
            (
                "contact",
                {
                    "heading": T("Press contact in Mexico", "Contacto de prensa en México"),
                    "name": same("Joaquín Ortega"),
                    "role": T("Spokesperson, Mexico", "Vocería, México"),
                    "email": "prensa@example.org",
                    "phone": same("+52 55 5555 0123"),
                    "languages": T("Spanish and English", "Español e inglés"),
                },
            ),
        ],
    }


WHO_WE_ARE = DemoPage(
    key="who-we-are",
    model="home.StandardPage",
    parent="home",
    title=T("Who we are", "Quiénes somos"),
    slug=T("who-we-are", "quienes-somos"),
    content=who_we_are,
)
