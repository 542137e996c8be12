"""The stage graph of a journey page: checking it, and laying it out for the map.

Pure functions over block values, so the admin's validation and the public page read the same
graph the same way.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class Stage:
    key: str
    number: int
    value: object  # the StageBlock's StructValue
    level: int = 0
    next: list = field(default_factory=list)  # [(Stage, condition)]
    paths: list = field(default_factory=list)  # path ids this stage is on

    @property
    def anchor(self):
        return f"stage-{self.key}"

    @property
    def title(self):
        return self.value["title"]

    @property
    def next_keys(self):
        return " ".join(stage.key for stage, _condition in self.next)

    @property
    def path_keys(self):
        return " ".join(self.paths)


@dataclass
class Path:
    key: str
    value: object
    stages: list  # [Stage]

    @property
    def anchor(self):
        return f"path-{self.key}"

    @property
    def stage_keys(self):
        return " ".join(stage.key for stage in self.stages)


@dataclass
class Journey:
    stages: list
    paths: list
    questions: list
    levels: list  # [[Stage, ...], ...] rows of the map, top to bottom

    @property
    def by_key(self):
        return {stage.key: stage for stage in self.stages}


def _values(stream, block_type):
    return [child.value for child in stream if child.block_type == block_type]


# Validation -----------------------------------------------------------------------------------


def duplicate_ids(values, name):
    seen, duplicates = set(), []
    for value in values:
        key = value[name]
        if key in seen and key not in duplicates:
            duplicates.append(key)
        seen.add(key)
    return duplicates


def stage_problems(stages):
    """Messages for the stages field: repeated ids, next stages that do not exist."""
    problems = [
        _("Two stages have the id '%(id)s'. Each stage needs its own id.") % {"id": key}
        for key in duplicate_ids(stages, "stage_id")
    ]
    known = {stage["stage_id"] for stage in stages}
    for stage in stages:
        for step in stage["next_stages"]:
            if step["stage"] not in known:
                problems.append(
                    _(
                        "Stage '%(stage)s' leads to '%(next)s', which is not a stage of this "
                        "journey."
                    )
                    % {"stage": stage["stage_id"], "next": step["stage"]}
                )
            elif step["stage"] == stage["stage_id"]:
                problems.append(
                    _("Stage '%(stage)s' leads to itself.") % {"stage": stage["stage_id"]}
                )
    return problems


def path_problems(stages, paths):
    """Messages for the paths field: unknown stages, and steps no next stage allows."""
    problems = [
        _("Two paths have the id '%(id)s'. Each path needs its own id.") % {"id": key}
        for key in duplicate_ids(paths, "path_id")
    ]
    following = {
        stage["stage_id"]: {step["stage"] for step in stage["next_stages"]} for stage in stages
    }
    for path in paths:
        keys = list(path["stages"])
        unknown = [key for key in keys if key not in following]
        for key in unknown:
            problems.append(
                _("Path '%(path)s' goes through '%(stage)s', which is not a stage of this journey.")
                % {"path": path["path_id"], "stage": key}
            )
        if unknown:
            continue
        if len(keys) < 2:
            problems.append(
                _("Path '%(path)s' needs at least two stages.") % {"path": path["path_id"]}
            )
        for here, there in zip(keys, keys[1:], strict=False):
            if there not in following[here]:
                problems.append(
                    _(
                        "Path '%(path)s' leads nowhere after '%(here)s': '%(there)s' is not one "
                        "of its next stages."
                    )
                    % {"path": path["path_id"], "here": here, "there": there}
                )
    return problems


def question_problems(stages, questions):
    """Messages for the questions field: answers that lead to no stage or question."""
    problems = [
        _("Two questions have the id '%(id)s'. Each question needs its own id.") % {"id": key}
        for key in duplicate_ids(questions, "question_id")
    ]
    stage_ids = {stage["stage_id"] for stage in stages}
    question_ids = {question["question_id"] for question in questions}
    for question in questions:
        for answer in question["answers"]:
            if answer["stage"] and answer["stage"] not in stage_ids:
                problems.append(
                    _("An answer to '%(q)s' leads to stage '%(to)s', which does not exist.")
                    % {"q": question["question_id"], "to": answer["stage"]}
                )
            if answer["question"] and answer["question"] not in question_ids:
                problems.append(
                    _("An answer to '%(q)s' leads to question '%(to)s', which does not exist.")
                    % {"q": question["question_id"], "to": answer["question"]}
                )
            if answer["question"] == question["question_id"]:
                problems.append(
                    _("An answer to '%(q)s' asks the same question again.")
                    % {"q": question["question_id"]}
                )
    return problems


# Layout ---------------------------------------------------------------------------------------


def build(stages_stream, paths_stream, questions_stream):
    """The journey as the templates draw it. Assumes a graph that passed validation, but
    skips anything dangling rather than fail on a page saved before the checks existed."""
    stages = [
        Stage(key=value["stage_id"], number=i, value=value)
        for i, value in enumerate(_values(stages_stream, "stage"), start=1)
    ]
    by_key = {}
    for stage in stages:
        by_key.setdefault(stage.key, stage)
    for stage in stages:
        stage.next = [
            (by_key[step["stage"]], step["condition"])
            for step in stage.value["next_stages"]
            if step["stage"] in by_key
        ]
    # Rows of the map: a stage sits one row below the lowest stage before it (in the
    # editor's order) that leads to it. Steps back to an earlier stage do not push it down.
    for stage in stages:
        for target, _condition in stage.next:
            if target.number > stage.number:
                target.level = max(target.level, stage.level + 1)
    levels = []
    for stage in stages:
        while len(levels) <= stage.level:
            levels.append([])
        levels[stage.level].append(stage)
    levels = [row for row in levels if row]

    paths = []
    for value in _values(paths_stream, "path"):
        path_stages = [by_key[key] for key in value["stages"] if key in by_key]
        path = Path(key=value["path_id"], value=value, stages=path_stages)
        for stage in path_stages:
            if path.key not in stage.paths:
                stage.paths.append(path.key)
        paths.append(path)
    questions = _values(questions_stream, "question")
    return Journey(stages=stages, paths=paths, questions=questions, levels=levels)
