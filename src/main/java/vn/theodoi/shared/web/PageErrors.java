package vn.theodoi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.InvalidSortException;
import vn.theodoi.shared.NotFoundException;

/**
 * Pages answer a missing (or invisible) record with the 404 page and a forbidden change with the
 * 403 page; the error page never shows internals.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }

    @ExceptionHandler(InvalidSortException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Model model) {
        model.addAttribute("status", 400);
        return "error";
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }
}
