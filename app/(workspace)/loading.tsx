import { LoadingPage, Skeleton } from '@/components/ui/Skeleton';

export default function Loading() {
  return (
    <LoadingPage>
      <div className="mx-auto max-w-3xl space-y-4">
        <Skeleton className="h-9 w-56" />
        <Skeleton className="h-5 w-96 max-w-full" />
        <Skeleton className="mt-6 h-56" />
        <Skeleton className="h-40" />
      </div>
    </LoadingPage>
  );
}
