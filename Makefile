# Brisk: the commands a newcomer needs.
#   make run   installs what is missing, builds the wasm interpreter and the
#              playground page, and serves it on http://localhost:5173/
#   make test  installs what is missing and runs every test
#   make dev   the page's dev server (rebuild pkg/ with scripts/build-wasm.sh)
#   make tour  builds the native CLI and runs examples/tour.py
.PHONY: run test build tour dev

run:
	bash scripts/serve-page.sh

build:
	cargo build --release -p brisk-native

tour: build
	./target/release/brisk run examples/tour.py

dev:
	bash scripts/setup-page.sh
	node_modules/.bin/vite

test:
	bash scripts/test.sh
