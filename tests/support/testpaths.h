// SPDX-License-Identifier: GPL-3.0-or-later
// Where a test finds the checkout, ../shared and the galley binary. The paths are compiled into one
// generated file (testpaths.cpp in the build folder) rather than passed as -D to every test: the
// definitions differ per checkout, and on every test file they made each worktree's build miss the
// compiler cache.
#pragma once

#include <QString>

namespace galley::test {

/// The source checkout (holds resources/, tests/data/, packaging/, tools/).
QString sourceDir();
/// ../shared beside the checkout; GALLEY_SHARED_DIR in the environment wins.
QString sharedDir();
/// The galley executable built with the tests.
QString galleyBinary();

} // namespace galley::test
