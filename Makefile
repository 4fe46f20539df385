# Front door, as DuckDB's: `make` builds build/release/datastore; `make run` and
# `make test` install what is missing first, so they are the whole set-up on Debian 12.
.PHONY: all release debug bootstrap run test unit queries integration bench clean format

JOBS ?= $(shell nproc)
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_DIR ?= $(HOME)/.cache/ccache
export CCACHE_COMPRESS := 1
export CCACHE_MAXSIZE := 5G

all: release

build/release/build.ninja:
	cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release

build/debug/build.ninja:
	cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug

release: build/release/build.ninja
	ninja -C build/release -j $(JOBS)

debug: build/debug/build.ninja
	ninja -C build/debug -j $(JOBS)

bootstrap:
	./scripts/bootstrap

run: bootstrap
	$(MAKE) release
	./scripts/run-server

unit: release
	cd build/release && ctest --output-on-failure -j $(JOBS)

queries: release
	./tests/run-queries

integration: release
	./tests/run-integration

test: bootstrap
	$(MAKE) release
	./tests/run-all

bench: bootstrap
	$(MAKE) release
	./bench/run

format:
	clang-format -i $$(git ls-files 'src/*.h' 'src/*.cpp' 'tests/*.cpp' 'bench/*.cpp')

clean:
	rm -rf build
