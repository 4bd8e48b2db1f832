"""The command line: each command parses options, builds Settings, makes one library call, renders.

The only module that imports click. Library errors (:class:`ChanceryError`) become
``Error: <file>: <what is wrong>`` on stderr and the exit code of :class:`ExitCode`.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from chancery import __version__
from chancery.config import DEFAULT_BASE, Settings
from chancery.errors import ChanceryError, ExitCode


def fail(exc: ChanceryError) -> None:
    click.echo(f"Error: {exc}", err=True)
    if exc.hint:
        click.echo(f"Hint: {exc.hint}", err=True)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Map ChanceryError to a one-line message and its exit code; a traceback only with --traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return command(*args, **kwargs)
        except ChanceryError as exc:
            if ctx.obj and ctx.obj.get("traceback"):
                raise
            fail(exc)
            ctx.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            ctx.exit(int(ExitCode.INTERRUPTED))

    return wrapper


def base_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--base",
        "base_iri",
        default=None,
        metavar="IRI",
        help=f"Base IRI of the minted resources [default: {DEFAULT_BASE}].",
    )(command)


def report_batch(outcome: Any, counts: bool = True) -> None:
    """One error line per failed file, then the counts."""
    for error in outcome.errors:
        fail(error)
    if outcome.errors and counts:
        click.echo(f"{outcome.files_read} files read, {outcome.files_failed} failed", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chancery")
@click.option("--traceback", is_flag=True, help="Show the Python traceback of an error.")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) on stderr.")
@click.pass_context
def main(ctx: click.Context, traceback: bool, verbose: int) -> None:
    """Turn archival documents into a validated linked-data knowledge graph and publish it."""
    ctx.obj = {"traceback": traceback}
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose == 0:
        logging.getLogger("chancery").setLevel(logging.ERROR)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: one array of records; jsonl: one record per line.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="For each page file: every line with the layout recognised, its block, the rule that decided it "
    "and the field it fed; lines no block claimed.",
)
@handles_errors
def extract(paths: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Read documents under PATHS and print their records (record.schema.json)."""
    from chancery.pipeline import extract as run

    if explain:
        explain_pages(paths)
        return
    outcome = run(paths)
    records = [r.to_json() for r in outcome.records]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    report_batch(outcome)
    if outcome.errors:
        sys.exit(int(ExitCode.INPUT))


def explain_pages(paths: tuple[Path, ...]) -> None:
    """``extract --explain``: each page file's lines, explained (other files are named and skipped)."""
    from chancery.errors import SourceError
    from chancery.sources.page.explain import report

    files = [p for path in paths for p in (sorted(path.rglob("*.txt")) if path.is_dir() else [path])]
    for path in files:
        if not path.is_file():
            raise SourceError("no such file", path=path)
        click.echo(report(path, path.read_bytes()))


def link_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--link-endpoint, --refresh, --decisions: shared by build and link."""
    options = [
        click.option("--link-endpoint", default=None, metavar="URL",
                     help="SPARQL endpoint of Wikidata's shape to link entities through "
                          "[default: offline, from the link cache and the decisions]."),
        click.option("--refresh", "link_refresh", is_flag=True, default=None,
                     help="Ask the endpoint again instead of using the link cache."),
        click.option("--decisions", "decisions_file", default=None, metavar="FILE",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Curators' decisions (merge, split, same-as, not-same-as, accept, reject)."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Folder the dumps are written to.",
)
@base_option
@click.option("--no-validate", is_flag=True, help="Write the dumps without validating against the shapes.")
@link_options
@handles_errors
def build(paths: tuple[Path, ...], out: Path, base_iri: str | None, no_validate: bool, **link: Any) -> None:
    """Read PATHS (default: the sample data), build the graph, validate it and write the dumps.

    Exit 0 when the graph conforms to the shapes, 1 when it does not (nothing is written),
    3 when some inputs could not be read (the others are built).
    """
    from chancery.pipeline import build as run
    from chancery.resources import resource_dir

    sample_decisions = resource_dir("data") / "decisions.txt"
    if not paths and link.get("decisions_file") is None and sample_decisions.is_file():
        link["decisions_file"] = sample_decisions  # the sample data's decisions
    settings = Settings().with_(base_iri=base_iri, **link)
    if no_validate:
        settings = settings.with_(validate=False)
    sources = list(paths) or [resource_dir("data") / "seeds"]
    result = run(sources, out, settings)
    report_batch(result.outcome, counts=False)  # render_build prints the counts
    render_build(result)
    if not result.conforms:
        sys.exit(int(ExitCode.NOT_CONFORMING))
    if result.outcome.errors:
        sys.exit(int(ExitCode.INPUT))


def render_build(result: Any) -> None:
    """The summary of a build on stderr: inputs, documents, triples, validation, files written."""
    outcome, report = result.outcome, result.report
    documents = _count_documents(outcome.records)
    read, failed = outcome.files_read, outcome.files_failed
    click.echo(f"{read} files read, {failed} failed; {documents} documents", err=True)
    for note in result.notes:
        click.echo(note, err=True)
    if report is None:
        statements = _count_lines(next((p for p in result.written if p.name == "graph.nq"), None))
        click.echo(f"not validated (--no-validate): {statements} statements written", err=True)
    elif result.conforms:
        click.echo(f"conforms: {report.triples} triples valid against the shapes", err=True)
    else:
        click.echo(report.text(), err=True, nl=False)
        click.echo(f"does not conform: {len(report.violations)} violation(s); nothing written", err=True)
    for path in result.written:
        click.echo(f"wrote {path}", err=True)


def _count_documents(records: Any) -> int:
    return sum(1 + _count_documents(r.enclosed_documents) for r in records)


def _count_lines(path: Path | None) -> int:
    if path is None:
        return 0
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--shapes",
    "shapes_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of SHACL shapes [default: the shapes shipped].",
)
@handles_errors
def validate(file: Path, shapes_dir: Path | None) -> None:
    """Validate an RDF FILE (.ttl .nt .trig .nq .jsonld) against the shapes; exit 1 if it does not conform."""
    from chancery.validate import validate_file

    report = validate_file(file, Settings().with_(shapes_dir=shapes_dir))
    click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(int(ExitCode.NOT_CONFORMING))


@main.command()
@click.argument("query_name", metavar="QUERY")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="A built folder (from chancery build --out DIR).",
)
@click.option("--endpoint", default=None, metavar="URL", help="Any SPARQL 1.1 endpoint, instead of --data.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="csv and json follow the SPARQL 1.1 results formats.",
)
@handles_errors
def query(query_name: str, data_dir: Path | None, endpoint: str | None, fmt: str) -> None:
    """Run a saved QUERY (a name from queries/, or a .rq file) over a built folder or an endpoint.

    'chancery query list' prints the saved queries and what each answers.
    """
    from chancery.query import find_query, load_store, render, run_query, saved_queries

    if query_name == "list":
        for saved in saved_queries():
            click.echo(f"{saved.name:28} {saved.description}")
        return
    if (data_dir is None) == (endpoint is None):
        raise click.UsageError("give either --data DIR or --endpoint URL")
    saved = find_query(query_name)
    store = load_store(data_dir) if data_dir else None
    click.echo(render(run_query(saved, store=store, endpoint=endpoint), fmt), nl=False)


@main.command()
@click.argument("data_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--to",
    "url",
    required=True,
    metavar="URL",
    help="The triplestore's Graph Store Protocol endpoint (Oxigraph: http://HOST/store), or its "
    "update endpoint with --protocol update.",
)
@click.option(
    "--protocol",
    type=click.Choice(["gsp", "update"]),
    default="gsp",
    show_default=True,
    help="gsp: HTTP PUT per graph; update: SPARQL 1.1 Update (DROP + INSERT DATA) per graph.",
)
@handles_errors
def push(data_dir: Path, url: str, protocol: str) -> None:
    """Send a built DIR to a triplestore, replacing each of its named graphs (HTTP PUT ?graph=IRI,
    or SPARQL Update).

    Credentials only from the environment: CHANCERY_PUSH_TOKEN (bearer), or CHANCERY_PUSH_USER and
    CHANCERY_PUSH_PASSWORD (basic).
    """
    from chancery.publish.push import push as run

    click.echo(run(data_dir, url, protocol=protocol).text())


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@link_options
@click.option(
    "--cache",
    "link_cache_dir",
    default=Path("build/.cache"),
    show_default=True,
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of cached authority responses.",
)
@click.option(
    "--review",
    "review_file",
    default=None,
    metavar="FILE",
    type=click.Path(path_type=Path),
    help="Write the candidates between the thresholds here, as decisions to accept or reject, and the "
    "persons kept apart, as merges or splits.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handles_errors
def link(paths: tuple[Path, ...], review_file: Path | None, fmt: str, **options: Any) -> None:
    """Resolve the entities of the documents under PATHS and link them to authorities.

    Prints each link with its score and features; with --review, writes the undecided candidates
    and the persons kept apart because only romanisation folding joins their names.
    """
    from chancery.link.review import write_review
    from chancery.pipeline import link_sources

    outcome, resolution, report = link_sources(paths, Settings().with_(**options))
    rows = [_link_row(o) for o in report.outcomes if o.best is not None and o.verdict != "none"]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(f"{row['verdict']:8} {row['entity']:32} {row['authority']}:{row['id']:10} "
                       f"{row['score']:.2f}  {row['label']}")  # fmt: skip
    if review_file:
        count = write_review(review_file, report.outcomes, resolution.entities, resolution.held_merges())
        click.echo(f"{count} questions to review written to {review_file}", err=True)
    for note in report.notes:
        click.echo(note, err=True)
    report_batch(outcome)


def _link_row(outcome: Any) -> dict[str, Any]:
    best = outcome.best
    return {
        "entity": outcome.entity.label,
        "kind": outcome.entity.kind,
        "verdict": outcome.verdict,
        "authority": best.candidate.authority,
        "id": best.candidate.id,
        "label": best.candidate.label,
        "score": best.score,
        "features": best.features,
    }


UPDATE_TOKEN_ENV = "CHANCERY_UPDATE_TOKEN"


@main.command()
@click.argument("data_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@base_option
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=float,
    help="Seconds a query may run; a slower one fails with 503 before any result is sent.",
)
@click.option(
    "--max-results",
    default=10_000,
    show_default=True,
    type=int,
    help="Solutions or triples per query; more are cut and the response says so.",
)
@click.option(
    "--allow-service",
    "service_hosts",
    multiple=True,
    metavar="HOST",
    help="A host SERVICE clauses may call (repeatable; default: none).",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help=f"Accept SPARQL Update with 'Authorization: Bearer ${UPDATE_TOKEN_ENV}'.",
)
@click.option("--workers", default=2, show_default=True, type=int, help="Queries evaluated at once.")
@click.option(
    "--threads",
    is_flag=True,
    help="Evaluate queries in threads, not worker processes (a late query then runs on unseen).",
)
@click.option("--license", "license_iri", default=None, metavar="IRI", help="Licence of the data, for DCAT.")
@handles_errors
def serve(
    data_dir: Path,
    host: str,
    port: int,
    base_iri: str | None,
    timeout: float,
    max_results: int,
    service_hosts: tuple[str, ...],
    allow_update: bool,
    workers: int,
    threads: bool,
    license_iri: str | None,
) -> None:
    """Serve a built DIR: SPARQL 1.1 at /sparql, every resource IRI as HTML or RDF.

    VoID and DCAT describe the dataset at /.well-known/void.
    """
    import os

    from chancery.errors import ConfigError
    from chancery.serve.app import ServeOptions, serve_build
    from chancery.serve.query import QueryLimits
    from chancery.serve.sparql import UpdatePolicy

    token = os.environ.get(UPDATE_TOKEN_ENV)
    if allow_update and not token:
        raise ConfigError(f"--allow-update needs a token in the environment variable {UPDATE_TOKEN_ENV}")
    limits = QueryLimits(
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        service_hosts=frozenset(h.lower() for h in service_hosts),
    )
    options = ServeOptions(
        limits=limits, updates=UpdatePolicy(allow_update, token), license=license_iri, processes=not threads
    )
    click.echo(f"Serving {data_dir} on http://{host}:{port}/ (SPARQL at /sparql); Ctrl+C stops", err=True)
    serve_build(data_dir, base=base_iri, host=host, port=port, options=options)


@main.command()
@click.argument("data_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--site",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the static site to.",
)
@base_option
@click.option(
    "--site-url", default=None, metavar="URL", help="Where the site is published [default: the base IRI]."
)
@click.option(
    "--endpoint", default=None, metavar="URL", help="A SPARQL endpoint serving the same data, for DCAT."
)
@click.option("--license", "license_iri", default=None, metavar="IRI", help="Licence of the data, for DCAT.")
@handles_errors
def publish(
    data_dir: Path,
    out: Path,
    base_iri: str | None,
    site_url: str | None,
    endpoint: str | None,
    license_iri: str | None,
) -> None:
    """Write the static site of a built DIR: pages and RDF per resource, indexes, VoID, conneg rules."""
    from chancery.publish.site import SiteOptions, publish_site

    options = SiteOptions(site_url=site_url, endpoint=endpoint, license=license_iri)
    report = publish_site(data_dir, out, base=base_iri, options=options)
    click.echo(f"wrote {report.files} files for {report.resources} resources to {report.out}", err=True)
