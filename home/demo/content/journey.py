"""The asylum journey: how a claim for asylum moves through the U.S. system, in 14 stages and
three paths, with the "where am I?" questions. Figures come from the detention campaign seeds
(as of July 2022); every sentence is ours. Ids (stage-…, path-…) are the same in both languages.
"""

import datetime

from ..pages import DemoPage
from ..stream import link
from ..text import T, p

DETENTION_SOURCE = T("Federal detention statistics", "Estadísticas federales de detención")
DETENTION_SOURCE_URL = "https://example.org/sources/detention-statistics"


def nxt(stage, en="", es=""):
    return {"stage": stage, "condition": T(en, es) if en else ""}


def stage(stage_id, icon, title, label, summary, details, duration=None, **extra):
    value = {
        "stage_id": stage_id,
        "icon": icon,
        "title": title,
        "label": label,
        "summary": summary,
        "details": details,
        "duration": duration or "",
        "statistic": extra.get("statistic", {}),
        "rights": extra.get("rights", []),
        "next_stages": extra.get("next_stages", []),
    }
    return ("stage", value)


def stages(ctx):
    detention = ctx.page("limit-detention")
    asylum = ctx.page("rebuild-asylum")
    welcome = ctx.page("community-welcome")
    help_link = link(
        T("Find legal help near you", "Encuentra ayuda legal cerca de ti"), ctx.page("who-we-are")
    )
    return [
        stage(
            "port-of-entry",
            "arrival",
            T("Arriving at a port of entry", "Llegar a un puerto de entrada"),
            T("Port of entry", "Puerto de entrada"),
            T(
                "You come to an official border crossing and tell the officers you want to ask "
                "for asylum or that you are afraid to go back.",
                "Llegas a un cruce fronterizo oficial y dices a los agentes que quieres pedir "
                "asilo o que tienes miedo de regresar.",
            ),
            p(
                T(
                    "Asking for protection at a port of entry is lawful. Officers may make you "
                    "wait, send you to book an appointment or turn you back under the rules of "
                    "the moment; write down the date, the place and what you were told.",
                    "Pedir protección en un puerto de entrada es legal. Los agentes pueden "
                    "hacerte esperar, pedirte que saques una cita o devolverte según las reglas "
                    "del momento; anota la fecha, el lugar y lo que te dijeron.",
                ),
            ),
            T("Hours to months of waiting", "De horas a meses de espera"),
            rights=[
                link(
                    T(
                        "Why we defend the right to ask at the border",
                        "Por qué defendemos el derecho a pedir asilo en la frontera",
                    ),
                    asylum,
                )
            ],
            next_stages=[
                nxt(
                    "border-processing",
                    "when officers take your request",
                    "cuando los agentes reciben tu solicitud",
                ),
            ],
        ),
        stage(
            "between-ports",
            "border",
            T("Crossing between ports of entry", "Cruzar entre puertos de entrada"),
            T("Between ports", "Entre puertos"),
            T(
                "You cross the border away from an official crossing and are stopped by "
                "Border Patrol agents.",
                "Cruzas la frontera lejos de un cruce oficial y te detienen agentes de la "
                "Patrulla Fronteriza.",
            ),
            p(
                T(
                    "How you entered does not take away your right to ask for asylum. Tell the "
                    "agents clearly, and as early as you can, that you are afraid to return.",
                    "La forma en que entraste no te quita el derecho a pedir asilo. Di a los "
                    "agentes con claridad, y cuanto antes, que tienes miedo de regresar.",
                ),
            ),
            T("A few days in a holding cell", "Unos días en una celda de retención"),
            next_stages=[
                nxt("border-processing", "once agents hold you", "cuando los agentes te retienen"),
            ],
        ),
        stage(
            "in-the-country",
            "home",
            T("Already living in the country", "Ya vives en el país"),
            T("In the U.S.", "En EE. UU."),
            T(
                "You are in the United States, no one has started a deportation case against "
                "you, and you want to ask for protection: this is called affirmative asylum.",
                "Estás en Estados Unidos, nadie ha abierto un caso de deportación en tu contra "
                "y quieres pedir protección: esto se llama asilo afirmativo.",
            ),
            p(
                T(
                    "You apply on your own, to the asylum office rather than to a judge. Talk to "
                    "a lawyer or an accredited representative before you send anything.",
                    "Presentas la solicitud por tu cuenta, ante la oficina de asilo y no ante un "
                    "juez. Habla con un abogado o un representante acreditado antes de enviar "
                    "nada.",
                ),
            ),
            rights=[help_link],
            next_stages=[
                nxt(
                    "one-year-deadline",
                    "to ask for asylum on your own",
                    "para pedir asilo por tu cuenta",
                ),
            ],
        ),
        stage(
            "border-processing",
            "document",
            T("Processing at the border", "Procesamiento en la frontera"),
            T("Processing", "Procesamiento"),
            T(
                "Officers take your fingerprints, photograph and story, and decide whether to "
                "send you back quickly or refer you for a fear interview.",
                "Los agentes toman tus huellas, tu foto y tu relato, y deciden si te devuelven "
                "rápidamente o te envían a una entrevista de miedo.",
            ),
            p(
                T(
                    "Do not sign papers you do not understand. You can ask for an interpreter in "
                    "your own language. If you say you fear going back, officers must refer you "
                    "to an asylum officer.",
                    "No firmes papeles que no entiendas. Puedes pedir un intérprete en tu propio "
                    "idioma. Si dices que temes regresar, los agentes deben enviarte con un "
                    "oficial de asilo.",
                ),
            ),
            T("Usually one to three days", "Normalmente de uno a tres días"),
            next_stages=[
                nxt(
                    "credible-fear",
                    "if you say you are afraid to return",
                    "si dices que tienes miedo de regresar",
                ),
            ],
        ),
        stage(
            "credible-fear",
            "interview",
            T("The credible-fear interview", "La entrevista de miedo creíble"),
            T("Fear interview", "Entrevista de miedo"),
            T(
                "An asylum officer asks why you left and what you fear. The question is whether "
                "there is a significant possibility you could win asylum.",
                "Un oficial de asilo te pregunta por qué te fuiste y qué temes. Se trata de saber "
                "si existe una posibilidad significativa de que ganes el asilo.",
            ),
            p(
                T(
                    "The interview usually happens in detention, often by phone. You may have "
                    "someone you trust with you or on the line. Tell the whole story, even the "
                    "parts that are hard to say.",
                    "La entrevista suele hacerse en detención, muchas veces por teléfono. Puedes "
                    "tener contigo, o en la línea, a una persona de confianza. Cuenta toda la "
                    "historia, incluso las partes difíciles de decir.",
                ),
            ),
            T(
                "Often within two weeks of arrival",
                "A menudo en las dos semanas siguientes a la llegada",
            ),
            rights=[help_link],
            next_stages=[
                nxt(
                    "custody",
                    "if the officer finds a credible fear",
                    "si el oficial considera creíble tu miedo",
                ),
                nxt("judge-review", "if the finding is negative", "si la decisión es negativa"),
            ],
        ),
        stage(
            "judge-review",
            "court",
            T("A judge reviews a negative finding", "Un juez revisa una decisión negativa"),
            T("Judge review", "Revisión judicial"),
            T(
                "If the officer did not believe your fear, you can ask an immigration judge to "
                "look at the decision again.",
                "Si el oficial no creyó tu miedo, puedes pedir que un juez de inmigración vuelva "
                "a mirar la decisión.",
            ),
            p(
                T(
                    "Say yes when you are asked whether you want a judge to review it. If the "
                    "judge agrees with the officer, you can be deported quickly: find a lawyer "
                    "now.",
                    "Responde que sí cuando te pregunten si quieres que un juez la revise. Si el "
                    "juez está de acuerdo con el oficial, pueden deportarte rápidamente: busca "
                    "un abogado ya.",
                ),
            ),
            T("Usually within a week", "Normalmente en una semana"),
            rights=[help_link],
            next_stages=[
                nxt(
                    "custody",
                    "if the judge disagrees with the officer",
                    "si el juez no está de acuerdo con el oficial",
                ),
            ],
        ),
        stage(
            "custody",
            "detention",
            T("Detention or release", "Detención o libertad"),
            T("Detention or release", "Detención o libertad"),
            T(
                "The government decides whether to keep you locked up while your case goes on, "
                "or to release you to family or a sponsor.",
                "El gobierno decide si te mantiene encerrado mientras sigue tu caso o si te "
                "deja en libertad con tu familia o un patrocinador.",
            ),
            p(
                T(
                    "You can ask for parole or a bond hearing. People released are often placed "
                    "under electronic monitoring: in July 2022, 284,813 families and individuals "
                    "were watched through the so-called alternatives to detention.",
                    "Puedes pedir un permiso de permanencia o una audiencia de fianza. A muchas "
                    "personas liberadas se les impone vigilancia electrónica: en julio de 2022, "
                    "284.813 familias y personas estaban vigiladas por las llamadas "
                    "alternativas a la detención.",
                ),
            ),
            T("Days to years", "De días a años"),
            statistic={
                "number": T("23,753", "23.753"),
                "label": T(
                    "people held in immigration detention", "personas en detención migratoria"
                ),
                "as_of": datetime.date(2022, 7, 11),
                "source_name": DETENTION_SOURCE,
                "source_url": DETENTION_SOURCE_URL,
            },
            rights=[
                link(
                    T("Why we want to limit detention", "Por qué queremos limitar la detención"),
                    detention,
                ),
                link(T("How communities welcome people", "Cómo acogen las comunidades"), welcome),
            ],
            next_stages=[
                nxt(
                    "notice-to-appear",
                    "when your case is filed with the court",
                    "cuando tu caso se presenta ante el tribunal",
                ),
            ],
        ),
        stage(
            "notice-to-appear",
            "document",
            T("The Notice to Appear", "La Notificación de Comparecencia"),
            T("Notice to Appear", "Notificación"),
            T(
                "This paper starts your case in immigration court. It lists the charges against "
                "you and, sometimes, the date and place of your first hearing.",
                "Este documento abre tu caso en el tribunal de inmigración. Enumera los cargos "
                "en tu contra y, a veces, la fecha y el lugar de tu primera audiencia.",
            ),
            p(
                T(
                    "Check that your address is right and tell the court within five days each "
                    "time you move. Missing a hearing because a letter went astray can end in a "
                    "deportation order.",
                    "Comprueba que tu dirección esté bien y avisa al tribunal en un plazo de "
                    "cinco días cada vez que te mudes. Faltar a una audiencia porque una carta "
                    "se perdió puede terminar en una orden de deportación.",
                ),
            ),
            next_stages=[
                nxt(
                    "one-year-deadline",
                    "file your asylum application",
                    "presenta tu solicitud de asilo",
                ),
            ],
        ),
        stage(
            "one-year-deadline",
            "calendar",
            T("The one-year filing deadline", "El plazo de un año para solicitar"),
            T("One-year deadline", "Plazo de un año"),
            T(
                "The written asylum application must usually be filed within one year of your "
                "last arrival in the United States.",
                "La solicitud escrita de asilo normalmente debe presentarse dentro del año "
                "siguiente a tu última llegada a Estados Unidos.",
            ),
            p(
                T(
                    "A fear interview is not an application. Missing the year can close the door "
                    "to asylum unless something changed or an exceptional reason kept you from "
                    "filing, so mark the date today.",
                    "La entrevista de miedo no es una solicitud. Dejar pasar el año puede cerrar "
                    "la puerta al asilo, salvo que algo haya cambiado o una razón excepcional te "
                    "haya impedido presentarla; apunta la fecha hoy mismo.",
                ),
            ),
            T("One year from arrival", "Un año desde la llegada"),
            rights=[help_link],
            next_stages=[
                nxt(
                    "asylum-office",
                    "if you have no court case",
                    "si no tienes un caso en el tribunal",
                ),
                nxt(
                    "court-hearings",
                    "if you are in court proceedings",
                    "si tienes un caso en el tribunal",
                ),
            ],
        ),
        stage(
            "asylum-office",
            "interview",
            T("Interview at the asylum office", "Entrevista en la oficina de asilo"),
            T("Asylum interview", "Entrevista de asilo"),
            T(
                "An asylum officer interviews you about your application in a non-adversarial "
                "meeting, with your lawyer and an interpreter if you bring one.",
                "Un oficial de asilo te entrevista sobre tu solicitud en una reunión sin "
                "confrontación, con tu abogado y un intérprete si llevas uno.",
            ),
            p(
                T(
                    "Bring every document you have and copies for the officer. The decision "
                    "usually comes weeks or months later.",
                    "Lleva todos los documentos que tengas y copias para el oficial. La decisión "
                    "suele llegar semanas o meses después.",
                ),
            ),
            T("Months to years of waiting for a date", "De meses a años de espera para una cita"),
            next_stages=[
                nxt("granted", "if the officer grants asylum", "si el oficial concede el asilo"),
                nxt(
                    "notice-to-appear",
                    "if your case is sent to a judge",
                    "si tu caso pasa a un juez",
                ),
            ],
        ),
        stage(
            "court-hearings",
            "court",
            T("Hearings in immigration court", "Audiencias en el tribunal de inmigración"),
            T("Court hearings", "Audiencias"),
            T(
                "First come short hearings with many people in the room; then your individual "
                "hearing, where you tell your story and the government's lawyer questions you.",
                "Primero hay audiencias breves con muchas personas en la sala; después tu "
                "audiencia individual, donde cuentas tu historia y el abogado del gobierno te "
                "hace preguntas.",
            ),
            p(
                T(
                    "The government does not pay for a lawyer, but you may bring one, and people "
                    "with a lawyer win far more often. Go to every hearing.",
                    "El gobierno no paga un abogado, pero puedes llevar uno, y quienes tienen "
                    "abogado ganan con mucha más frecuencia. Ve a todas las audiencias.",
                ),
            ),
            T("Often several years", "A menudo varios años"),
            rights=[help_link],
            next_stages=[
                nxt(
                    "decision",
                    "after your individual hearing",
                    "después de tu audiencia individual",
                ),
            ],
        ),
        stage(
            "decision",
            "decision",
            T("The judge's decision", "La decisión del juez"),
            T("Decision", "Decisión"),
            T(
                "The judge grants asylum, grants another protection, or orders you removed.",
                "El juez concede el asilo, concede otra protección u ordena tu expulsión.",
            ),
            p(
                T(
                    "Ask for the decision in writing and keep it safe. If the answer is no, the "
                    "clock for an appeal starts that day.",
                    "Pide la decisión por escrito y guárdala bien. Si la respuesta es no, el "
                    "plazo para apelar empieza ese mismo día.",
                ),
            ),
            T("The day of the hearing, or by mail", "El día de la audiencia o por correo"),
            next_stages=[
                nxt("granted", "if asylum is granted", "si se concede el asilo"),
                nxt("appeal", "if the judge denies asylum", "si el juez niega el asilo"),
            ],
        ),
        stage(
            "appeal",
            "appeal",
            T("Appealing a denial", "Apelar una negativa"),
            T("Appeal", "Apelación"),
            T(
                "You have 30 days to appeal a judge's denial to the Board of Immigration "
                "Appeals, and then may go on to a federal court.",
                "Tienes 30 días para apelar la negativa de un juez ante la Junta de Apelaciones "
                "de Inmigración, y después puedes acudir a un tribunal federal.",
            ),
            p(
                T(
                    "While the appeal is pending you usually cannot be deported. Appeals are "
                    "written arguments about the law: a lawyer matters most here.",
                    "Mientras la apelación está pendiente normalmente no pueden deportarte. Las "
                    "apelaciones son argumentos escritos sobre la ley: aquí un abogado es "
                    "fundamental.",
                ),
            ),
            T("Months to years", "De meses a años"),
            rights=[help_link],
            next_stages=[
                nxt("granted", "if the appeal succeeds", "si la apelación prospera"),
            ],
        ),
        stage(
            "granted",
            "home",
            T("Life after a grant of asylum", "La vida después de obtener asilo"),
            T("Asylum granted", "Asilo concedido"),
            T(
                "You are safe from being sent back. You can work, travel with a refugee travel "
                "document and, after a year, apply to become a permanent resident.",
                "Estás a salvo de que te devuelvan. Puedes trabajar, viajar con un documento de "
                "viaje para refugiados y, después de un año, pedir la residencia permanente.",
            ),
            p(
                T(
                    "Within two years you can ask to bring your spouse and unmarried children "
                    "under 21 to join you. Local groups help with housing, school and work.",
                    "En un plazo de dos años puedes pedir que tu cónyuge y tus hijos solteros "
                    "menores de 21 años se reúnan contigo. Los grupos locales ayudan con la "
                    "vivienda, la escuela y el trabajo.",
                ),
            ),
            rights=[
                link(T("How communities welcome people", "Cómo acogen las comunidades"), welcome)
            ],
        ),
    ]


def paths():
    return [
        (
            "path",
            {
                "path_id": "port-of-entry",
                "title": T("Asking at a port of entry", "Pedir asilo en un puerto de entrada"),
                "description": T(
                    "You present yourself at an official crossing and go through the fear "
                    "interview, then court.",
                    "Te presentas en un cruce oficial y pasas la entrevista de miedo y después "
                    "el tribunal.",
                ),
                "stages": [
                    "port-of-entry",
                    "border-processing",
                    "credible-fear",
                    "custody",
                    "notice-to-appear",
                    "one-year-deadline",
                    "court-hearings",
                    "decision",
                    "granted",
                ],
            },
        ),
        (
            "path",
            {
                "path_id": "between-ports",
                "title": T("Crossing between ports", "Cruzar entre puertos"),
                "description": T(
                    "Border Patrol stops you after you cross; a negative fear finding is "
                    "reviewed by a judge, and a denial is appealed.",
                    "La Patrulla Fronteriza te detiene después de cruzar; un juez revisa una "
                    "decisión de miedo negativa y se apela una negativa.",
                ),
                "stages": [
                    "between-ports",
                    "border-processing",
                    "credible-fear",
                    "judge-review",
                    "custody",
                    "notice-to-appear",
                    "one-year-deadline",
                    "court-hearings",
                    "decision",
                    "appeal",
                    "granted",
                ],
            },
        ),
        (
            "path",
            {
                "path_id": "affirmative",
                "title": T("Already in the country", "Ya en el país"),
                "description": T(
                    "You apply to the asylum office on your own, before any deportation case.",
                    "Presentas tu solicitud ante la oficina de asilo por tu cuenta, antes de "
                    "cualquier caso de deportación.",
                ),
                "stages": ["in-the-country", "one-year-deadline", "asylum-office", "granted"],
            },
        ),
    ]


def answer(en, es, stage="", question=""):
    return {"answer": T(en, es), "stage": stage, "question": question}


def questions():
    return [
        (
            "question",
            {
                "question_id": "arrival",
                "question": T(
                    "Where did you arrive, or where are you now?",
                    "¿Por dónde llegaste o dónde estás ahora?",
                ),
                "answers": [
                    answer(
                        "At a port of entry, or on my way to one",
                        "En un puerto de entrada o camino de uno",
                        stage="port-of-entry",
                    ),
                    answer(
                        "Border agents stopped me after I crossed",
                        "Los agentes me detuvieron después de cruzar",
                        question="fear-interview",
                    ),
                    answer(
                        "I already live in the United States",
                        "Ya vivo en Estados Unidos",
                        question="court-date",
                    ),
                ],
            },
        ),
        (
            "question",
            {
                "question_id": "fear-interview",
                "question": T(
                    "Have you had your fear interview?", "¿Ya tuviste tu entrevista de miedo?"
                ),
                "answers": [
                    answer("Not yet", "Todavía no", stage="credible-fear"),
                    answer(
                        "Yes, and the officer believed me",
                        "Sí, y el oficial me creyó",
                        question="court-date",
                    ),
                    answer(
                        "Yes, and the answer was no",
                        "Sí, y la respuesta fue no",
                        stage="judge-review",
                    ),
                ],
            },
        ),
        (
            "question",
            {
                "question_id": "court-date",
                "question": T("Do you have a court date?", "¿Tienes una cita en el tribunal?"),
                "answers": [
                    answer(
                        "No, I have no court case",
                        "No, no tengo un caso en el tribunal",
                        stage="one-year-deadline",
                    ),
                    answer(
                        "Yes, my case is in immigration court",
                        "Sí, mi caso está en el tribunal de inmigración",
                        stage="court-hearings",
                    ),
                    answer("A judge has denied my case", "Un juez negó mi caso", stage="appeal"),
                ],
            },
        ),
    ]


def journey(ctx):
    return {
        "intro": T(
            "Asking for asylum in the United States is a long road with many turns. Find where "
            "you are, what your rights are at each step and what can come next.",
            "Pedir asilo en Estados Unidos es un camino largo y con muchas vueltas. Descubre "
            "dónde estás, cuáles son tus derechos en cada paso y qué puede venir después.",
        ),
        "search_description": T(
            "The U.S. asylum process step by step: arrival, the fear interview, detention, "
            "court, the one-year deadline, decisions and appeals, and life after a grant.",
            "El proceso de asilo en Estados Unidos paso a paso: la llegada, la entrevista de "
            "miedo, la detención, el tribunal, el plazo de un año, las decisiones y apelaciones, "
            "y la vida después de obtener asilo.",
        ),
        "stages": stages(ctx),
        "paths": paths(),
        "questions": questions(),
        "body": [
            (
                "text",
                p(
                    T(
                        "This guide is general information, not legal advice. Rules change "
                        "often; a lawyer or accredited representative can tell you what applies "
                        "to you.",
                        "Esta guía es información general, no asesoría legal. Las reglas cambian "
                        "a menudo; un abogado o representante acreditado puede decirte qué se "
                        "aplica en tu caso.",
                    )
                ),
            ),
        ],
    }


ASYLUM_JOURNEY = DemoPage(
    key="asylum-journey",
    model="journey.JourneyPage",
    parent="home",
    title=T("The journey to asylum", "El camino hacia el asilo"),
    slug=T("asylum-journey", "camino-al-asilo"),
    content=journey,
)
