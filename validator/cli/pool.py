"""The worker pool: files checked in order, in one process or several."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from validator.cli.progress import Progress

if TYPE_CHECKING:
    from validator.profiles import Profile
    from validator.report import FileResult
    from validator.rule import Rule
    from validator.vocabulary import Vocabulary


def run_checks(
    files: Sequence[str],
    *,
    rules: Sequence[type[Rule]],
    profile_name: str | None = None,
    settings: dict[str, Any] | None = None,
    jobs: int = 1,
    profiles: Mapping[str, Profile] | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[FileResult]:
    """Check ``files`` in order, in ``jobs`` processes; the result list follows ``files``.

    ``rules``, ``profiles`` and ``vocabulary`` are the run's (see
    :meth:`validator.plugins.Plugins.catalogue`); they are sent to the worker processes, which
    discover no plugins of their own.
    """
    from validator.engine import check_path, failed

    work: Callable[[str], FileResult] = partial(
        check_path, settings=settings, profile_name=profile_name, rules=tuple(rules),
        profiles=None if profiles is None else dict(profiles), vocabulary=vocabulary,
    )
    bar = Progress.for_batch(len(files))
    if jobs == 1 or len(files) < 2:
        out = []
        for path in files:
            out.append(work(path))
            bar.step()
        bar.close()
        return out
    from concurrent.futures import Future, ProcessPoolExecutor  # only for batches: start-up

    # Files go to the workers in small chunks: few enough tasks to keep inter-process traffic
    # small, small enough that no worker is left with a long tail while the others idle (a
    # 60-page report takes about 0.1 s). Results come back in input order.
    size = max(1, min(4, len(files) // (jobs * 16)))
    chunks = [list(files[i:i + size]) for i in range(0, len(files), size)]
    results: list[FileResult] = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures: list[Future[list[FileResult]]] = [
            pool.submit(_check_chunk, work, chunk) for chunk in chunks
        ]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results.extend(future.result())
            except Exception as exc:  # a worker died (e.g. out of memory) or pickling failed
                import logging

                logging.getLogger("soat.cli").debug("worker failed on %s", chunk, exc_info=True)
                results.extend(
                    failed(path, "internal",
                           f"Lỗi nội bộ khi kiểm tra tệp ({type(exc).__name__}).")
                    for path in chunk
                )
            for _ in chunk:
                bar.step()
    bar.close()
    return results


def _check_chunk(work: Callable[[str], FileResult], paths: list[str]) -> list[FileResult]:
    return [work(path) for path in paths]

