package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation produced, and calls them by reflection. */
final class GeneratedClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();
    /** Other generated files in the class output (the locales' texts, the descriptor), by path. */
    private final Map<String, byte[]> resources = new HashMap<>();

    /** Compiles a catalog that must compile without a single warning, and loads what it generated. */
    static GeneratedClasses compiledWithoutWarnings(String catalog) {
        Compilation compilation = CatalogCompiler.compile(catalog);
        assertThat(compilation).succeededWithoutWarnings();
        return new GeneratedClasses(compilation);
    }

    GeneratedClasses(Compilation compilation) {
        super(GeneratedClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.OTHER && path.contains("/CLASS_OUTPUT/")) {
                resources.put(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()), read(file));
                continue;
            }
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
                    .replace('/', '.');
            classes.put(name, read(file));
        }
    }

    private static byte[] read(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code Class.getResourceAsStream} of a generated class reads (classes of the unnamed module ask here). */
    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    Class<?> type(String simpleName) {
        try {
            return loadClass(CatalogCompiler.PACKAGE + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** An enum constant of a generated type. */
    Object constant(String type, String name) {
        for (Object constant : type(type).getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError("no constant " + type + "." + name);
    }

    /** Calls a static method; an exception it throws is rethrown as is. */
    Object callStatic(String type, String method, Object... args) {
        return invoke(type(type), null, method, args);
    }

    /** Calls an instance method. */
    static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && accepts(method, args)) {
                try {
                    method.setAccessible(true);
                    // a varargs method given its array already (as javac passes an Object[] to Object...)
                    // takes it as it is; otherwise the arguments become its array. Which of an enum's
                    // "exception" methods getMethods() lists first differs between JDKs, so both must work.
                    boolean alreadyAnArray = args.length == 1 && method.getParameterTypes()[0].isInstance(args[0]);
                    return method.invoke(target, method.isVarArgs() && !alreadyAnArray ? new Object[] {args} : args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + type.getSimpleName() + "." + name + " for " + args.length + " argument(s)");
    }

    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] parameters = method.getParameterTypes();
        if (method.isVarArgs()) {
            return parameters.length == 1;
        }
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> p = parameters[i].isPrimitive() ? box(parameters[i]) : parameters[i];
            if (args[i] != null && !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == long.class ? Long.class
                : primitive == boolean.class ? Boolean.class : primitive;
    }
}
