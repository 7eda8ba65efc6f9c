# scopeguard build, test and install.
#
#   make            build bin/scopeguard
#   make test       lint, then every test with the race detector
#   make install    install binary, systemd unit, example config, contracts dir

GO ?= go
PREFIX ?= /usr/local
SYSCONFDIR ?= /etc
DESTDIR ?=
# systemd loads units from $(PREFIX)/lib/systemd/system for PREFIX /usr and
# /usr/local; packagers may set UNITDIR=/lib/systemd/system.
UNITDIR ?= $(PREFIX)/lib/systemd/system
BINDIR = $(PREFIX)/bin
CONFDIR = $(SYSCONFDIR)/scopeguard

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS = -s -w -X main.version=$(VERSION)
GOBIN_DIR = $(shell $(GO) env GOPATH)/bin
STATICCHECK ?= $(GOBIN_DIR)/staticcheck

export CGO_ENABLED = 0

.PHONY: all build test race lint vet fmt-check staticcheck bench demo eval install uninstall clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/scopeguard ./cmd/scopeguard

# The race detector needs cgo.
test: lint
	CGO_ENABLED=1 $(GO) test -race -shuffle=on ./...

bench:
	$(GO) test -p 1 -run '^$$' -bench . -benchmem ./...

lint: fmt-check vet staticcheck

fmt-check:
	@out="$$(gofmt -l .)"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Pinned, so that a new release's checks cannot fail a build that passed.
STATICCHECK_VERSION = v0.8.2

$(STATICCHECK):
	$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

staticcheck: $(STATICCHECK)
	$(STATICCHECK) ./...

demo:
	$(GO) run ./cmd/scopeguard demo

eval:
	$(GO) run ./cmd/scopeguard eval ../shared/corpus

install: build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(CONFDIR)/contracts
	install -m 0755 bin/scopeguard $(DESTDIR)$(BINDIR)/scopeguard
	sed -e 's|/usr/local/bin/scopeguard|$(BINDIR)/scopeguard|' \
	    -e 's|/etc/scopeguard/|$(CONFDIR)/|g' \
	    dist/scopeguard.service > $(DESTDIR)$(UNITDIR)/scopeguard.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/scopeguard.service
	@# Never overwrite an existing configuration. It holds no secret and the
	@# service's dynamic user must read it: 0644.
	@if [ ! -e $(DESTDIR)$(CONFDIR)/scopeguard.toml ]; then \
		echo "installing $(DESTDIR)$(CONFDIR)/scopeguard.toml"; \
		install -m 0644 config.example.toml $(DESTDIR)$(CONFDIR)/scopeguard.toml; \
	else \
		echo "keeping existing $(DESTDIR)$(CONFDIR)/scopeguard.toml"; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/scopeguard $(DESTDIR)$(UNITDIR)/scopeguard.service

clean:
	rm -rf bin
