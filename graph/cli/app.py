"""The typer application shared by the command modules, and the one place errors become `Error: …`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from graph.errors import StanceGraphError

F = TypeVar("F", bound=Callable[..., Any])


class _App(typer.Typer):
    """A Typer whose commands turn library errors into click's one-line `Error: …` and exit 1."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        register = super().command(*args, **kwargs)

        def decorator(func: F) -> F:
            @functools.wraps(func)
            def wrapper(*a: Any, **kw: Any) -> Any:
                try:
                    return func(*a, **kw)
                except StanceGraphError as exc:
                    # typer >= 0.22 vendors its own click, which does not catch click.ClickException.
                    typer.echo("Error: " + " ".join(str(exc).split()), err=True)
                    raise typer.Exit(1) from exc

            register(wrapper)
            return func

        return decorator


app = _App(
    name="stancegraph",
    help="Build a knowledge graph of who stands where on which issue from news text, query it with "
    "SPARQL, analyse it with networkx and explore it in the browser.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
