"""A rich progress bar for long runs: files done / total, rate and time left, on stderr."""

from __future__ import annotations

from types import TracebackType

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from sourcebook.cli.common import err


class RateColumn(ProgressColumn):
    def __init__(self, unit: str = "files") -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", self.unit)
        return Text(f"{speed:,.1f} {unit}/s" if speed else f"– {unit}/s", style="cyan")


class FileProgress:
    """Implements the runner's ProgressSink with a rich bar; `phase` adds a later stage's bar.

    All bars share one live display: rich allows only one at a time.
    """

    def __init__(self, description: str = "reading", unit: str = "files") -> None:
        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=err,
            transient=False,
            disable=not err.is_terminal,
        )
        self.first = Phase(self.bar, description, unit)
        self.first.start(None)

    def __enter__(self) -> FileProgress:
        self.bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.bar.stop()

    def phase(self, description: str, unit: str = "documents") -> Phase:
        """A bar for a later stage, shown once that stage starts."""
        return Phase(self.bar, description, unit)

    def start(self, total: int) -> None:
        self.first.start(total)

    def grow(self, extra: int) -> None:
        self.first.grow(extra)

    def advance(self, key: str, status: str) -> None:
        self.first.advance(key, status)


class Phase:
    """One stage's bar: a ProgressSink over one task of a shared display."""

    def __init__(self, bar: Progress, description: str, unit: str) -> None:
        self.bar = bar
        self.description = description
        self.unit = unit
        self.task: TaskID | None = None

    def start(self, total: int | None) -> None:
        if self.task is None:
            self.task = self.bar.add_task(self.description, total=total, unit=self.unit)
        else:
            self.bar.update(self.task, total=total)

    def grow(self, extra: int) -> None:
        if self.task is not None:
            total = next(t.total for t in self.bar.tasks if t.id == self.task) or 0
            self.bar.update(self.task, total=total + extra)

    def advance(self, key: str, status: str) -> None:
        if self.task is not None:
            self.bar.update(self.task, advance=1)
