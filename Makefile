# pg_growth: product analytics inside PostgreSQL (PGXS build)
EXTENSION    = pg_growth
EXTVERSION   = $(shell grep default_version $(EXTENSION).control | sed -e "s/default_version[[:space:]]*=[[:space:]]*'\([^']*\)'/\1/")

# The source tree: src/core/ holds what every capability shares; each
# capability has a folder of its own with its C files, an internal header and
# its part of the install script, src/NAME/NAME.sql.  The order below is the
# order of the install script (later parts may use earlier ones).
CAPABILITIES = core lift funnel retention rfm clv engagement

MODULE_big   = $(EXTENSION)
OBJS         = src/module.o $(patsubst %.c,%.o,$(sort $(foreach c,$(CAPABILITIES),$(wildcard src/$(c)/*.c))))
PG_CPPFLAGS += -I$(srcdir)/src
# PGXS tracks no header dependencies: every object depends on every header.
PGG_HEADERS  = $(wildcard $(srcdir)/src/*/*.h)

# The install script of the current version is assembled from the parts
# src/NAME/NAME.sql in the order of CAPABILITIES.  Upgrade scripts are kept
# by hand as pg_growth--A--B.sql in src/sql/upgrade/, and the install scripts
# of released versions, frozen, in src/sql/released/ (the upgrade-chain test
# starts from the oldest).
SQL_PARTS    = $(foreach c,$(CAPABILITIES),src/$(c)/$(c).sql)
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
DATA         = $(wildcard src/sql/upgrade/$(EXTENSION)--*--*.sql) \
               $(wildcard src/sql/released/$(EXTENSION)--*.sql)
EXTRA_CLEAN  = $(EXTENSION)--*.sql results/ regression.diffs regression.out

# pg_regress: every sql/NAME.sql is a test; they run in name order, so the
# upgrade-chain test sql/00_upgrade.sql always runs first.
REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))

# Warnings are errors by default (the tests build this way); `make PGG_WERROR=` relaxes
# that for a newer compiler with new warnings.
PGG_WERROR  ?= -Werror
PG_CFLAGS   += -Wall -Wextra $(PGG_WERROR) -Wno-unused-parameter
SHLIB_LINK  += -lm

PG_CONFIG   ?= pg_config
PGXS        := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(OBJS): $(PGG_HEADERS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) $(EXTENSION).control
	cat $(SQL_PARTS) > $@

.PHONY: test demo bench
test:
	bash test/test.sh
demo:
	bash test/demo.sh
bench:
	bash test/bench/run.sh
