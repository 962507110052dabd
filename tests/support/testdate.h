// d(2024, 3, 1): the short date every test table is written in. One copy for
// all tests, so test files can be compiled together (unity builds).
#pragma once

#include <QDate>

namespace reviewdesk::testing {

inline QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

} // namespace reviewdesk::testing
